namespace GuidanceBot.Admin;

/// <summary>Roles and the authorization policies built on them.</summary>
public static class AdminRoles
{
    /// <summary>Reads the review pages and changes a gap's status.</summary>
    public const string Trainer = "trainer";

    /// <summary>Same rights as a trainer.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>Everything, and also purges data.</summary>
    public const string Admin = "admin";

    /// <summary>Given to a request authenticated by an API key: reads GET /admin/api/questions only.</summary>
    public const string ApiClient = "api-client";

    public static readonly string[] All = [Trainer, Coordinator, Admin];

    public const string ReviewPolicy = "admin-review";
    public const string PurgePolicy = "admin-purge";
    public const string ApiPolicy = "admin-api";

    // PasswordHasher's v3 format is base64 of 0x01 followed by PBKDF2 parameters, salt and subkey.
    public static bool LooksLikeHash(string value) =>
        value.Length >= 60 && value.StartsWith("AQAAAA", StringComparison.Ordinal);
}
