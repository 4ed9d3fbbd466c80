using System.Net;
using GuidanceBot.Tests.Support;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GuidanceBot.Tests.Admin.Auth;

public sealed class EntraSignInTests
{
    private const string TenantId = "11111111-2222-3333-4444-555555555555";
    private const string ClientId = "66666666-7777-8888-9999-000000000000";

    [Fact]
    public async Task With_AzureAd_configured_an_anonymous_visit_is_sent_to_the_Microsoft_authority()
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = TenantId,
            ["AzureAd:ClientId"] = ClientId,
            ["AzureAd:CallbackPath"] = "/signin-oidc",
        };
        // No network here: hand the handler the discovery document's authorize endpoint instead of letting it download
        // it; the authority itself is checked below as Microsoft.Identity.Web configured it.
        using var host = new BotHost(folder, settings, services => services.PostConfigure<OpenIdConnectOptions>(
            OpenIdConnectDefaults.AuthenticationScheme,
            options =>
            {
                options.Configuration = new OpenIdConnectConfiguration
                {
                    AuthorizationEndpoint = $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/authorize",
                    Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0",
                };
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(options.Configuration);
            }));

        var oidc = host.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
        Assert.Equal($"https://login.microsoftonline.com/{TenantId}/v2.0", oidc.Authority!.TrimEnd('/'));
        Assert.Equal(ClientId, oidc.ClientId);

        using var client = new AdminClient(host);
        var response = await client.GetAsync("/admin/gaps");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("login.microsoftonline.com", location.Host);
        Assert.Equal($"/{TenantId}/oauth2/v2.0/authorize", location.AbsolutePath);
        Assert.Contains($"client_id={ClientId}", location.Query);
        Assert.Contains(Uri.EscapeDataString("/signin-oidc"), location.Query);
    }
}
