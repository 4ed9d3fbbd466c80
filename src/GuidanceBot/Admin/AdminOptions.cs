using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Admin;

/// <summary>Who may sign in to the review pages under /admin, and what counts as a stale article.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>Local accounts for a standalone install; passwords are PasswordHasher hashes (see `admin hash-password`).</summary>
    public List<AdminAccount> Users { get; set; } = [];

    /// <summary>Keys accepted as <c>Authorization: Bearer KEY</c> on GET /admin/api/questions (automation).</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>Articles whose <c>reviewed</c> date is older than this are listed as stale.</summary>
    [Range(1, 3650, ErrorMessage = "Admin:ReviewedMaxAgeDays must be between 1 and 3650.")]
    public int ReviewedMaxAgeDays { get; set; } = 365;

    /// <summary>Failed sign-ins (per account name and per client address) before sign-in is refused for a while.</summary>
    [Range(1, 100, ErrorMessage = "Admin:MaxFailedSignIns must be between 1 and 100.")]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 1440, ErrorMessage = "Admin:LockoutMinutes must be between 1 and 1440.")]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>A problem with the accounts or keys, worded for whoever edits the configuration; null when fine.</summary>
    public string? Problem()
    {
        foreach (var user in Users)
        {
            if (string.IsNullOrWhiteSpace(user.UserName))
            {
                return "Admin:Users has an entry without a UserName.";
            }

            if (!AdminRoles.LooksLikeHash(user.PasswordHash))
            {
                return $"Admin:Users '{user.UserName}' needs a PasswordHash made by `dotnet run --project src/GuidanceBot -- admin hash-password`, never a plain password.";
            }

            if (user.Roles.Count == 0 || user.Roles.Any(role => !AdminRoles.All.Contains(role)))
            {
                return $"Admin:Users '{user.UserName}' must have Roles from: {string.Join(", ", AdminRoles.All)}.";
            }
        }

        return ApiKeys.Any(key => key.Length < 24) ? "Admin:ApiKeys entries must be at least 24 characters long (use a random string)." : null;
    }
}

public sealed class AdminAccount
{
    public string UserName { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}

/// <summary>Reports the first problem of <see cref="AdminOptions.Problem"/> at start-up, in its own words.</summary>
internal sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
