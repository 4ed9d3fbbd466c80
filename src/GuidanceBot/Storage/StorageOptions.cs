using System.ComponentModel.DataAnnotations;

namespace GuidanceBot.Storage;

/// <summary>Where GuidanceBot keeps its single LiteDB file (conversation state, question log).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Path of the database file; relative paths are resolved against the content root.</summary>
    [Required(ErrorMessage = "Storage:Path must name the LiteDB database file, for example data/guidancebot.db.")]
    public string Path { get; set; } = "data/guidancebot.db";
}
