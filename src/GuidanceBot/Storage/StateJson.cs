using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace GuidanceBot.Storage;

/// <summary>
/// JSON settings for bot state, as the SDK's own storages use them: type names are kept so that a state object is
/// read back as the type that was written. A binder limits those type names to our own, the SDK's and the BCL's,
/// so a tampered database cannot make us instantiate arbitrary types.
/// </summary>
internal static class StateJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new AllowedTypesBinder(),
        NullValueHandling = NullValueHandling.Include,
        MaxDepth = 64,
    };

    public static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    private sealed class AllowedTypesBinder : DefaultSerializationBinder
    {
        private static readonly string[] _allowedPrefixes = ["System.", "Microsoft.Bot.", "GuidanceBot.", "Newtonsoft.Json.Linq."];

        public override Type BindToType(string? assemblyName, string typeName)
        {
            if (!_allowedPrefixes.Any(prefix => typeName.StartsWith(prefix, StringComparison.Ordinal)) ||
                typeName.Contains("System.Diagnostics", StringComparison.Ordinal) ||
                typeName.Contains("System.IO", StringComparison.Ordinal) ||
                typeName.Contains("System.Reflection", StringComparison.Ordinal))
            {
                throw new JsonSerializationException($"Type '{typeName}' is not allowed in stored bot state.");
            }

            return base.BindToType(assemblyName, typeName);
        }
    }
}
