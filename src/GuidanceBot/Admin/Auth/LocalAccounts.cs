using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Admin.Auth;

/// <summary>Checks a user name and password against the hashed local accounts in configuration.</summary>
public sealed class LocalAccounts(IOptionsMonitor<AdminOptions> options)
{
    private static readonly PasswordHasher<AdminAccount> _hasher = new();

    // Checked when the name is unknown too, so that timing does not tell which names exist.
    private static readonly string _decoyHash = _hasher.HashPassword(new AdminAccount(), Guid.NewGuid().ToString());

    public static string Hash(string password) => _hasher.HashPassword(new AdminAccount(), password);

    /// <summary>The signed-in identity for valid credentials, otherwise null.</summary>
    public ClaimsIdentity? Verify(string userName, string password, string authenticationType)
    {
        var account = options.CurrentValue.Users.FirstOrDefault(user =>
            string.Equals(user.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase));
        var result = _hasher.VerifyHashedPassword(account ?? new AdminAccount(), account?.PasswordHash ?? _decoyHash, password);
        if (account is null || result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        var identity = new ClaimsIdentity(authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, account.UserName));
        foreach (var role in account.Roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        return identity;
    }
}
