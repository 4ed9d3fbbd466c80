using System.Net;
using GuidanceBot.Admin;
using GuidanceBot.Questions;
using GuidanceBot.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Admin.Auth;

public sealed class AdminAccessTests
{
    private const string ApiKey = "automation-key-0123456789abcdef";

    [Fact]
    public async Task Every_admin_route_refuses_anonymous_requests_and_serves_no_data()
    {
        using var folder = new TempFolder();
        using var host = new BotHost(folder, Settings());
        await host.Services.GetRequiredService<IQuestionLog>().RecordAsync(
            new QuestionRecord("secret-looking unanswered question", QuestionOutcome.Unanswered, "webchat", "en-US", "c", "u"), CancellationToken.None);

        var routes = AdminRoutes(host).Where(route => !route.Anonymous).ToList();
        Assert.True(routes.Count >= 8, $"Only {routes.Count} protected admin routes were found: {string.Join(", ", routes)}");
        Assert.Contains(routes, route => route.Path == "/admin/api/questions");
        using var anonymous = new AdminClient(host);
        foreach (var (method, path, _) in routes)
        {
            var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = method == "GET" ? null : new FormUrlEncodedContent(new Dictionary<string, string> { ["from"] = "2000-01-01", ["to"] = "2100-01-01" }),
            });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized ||
                (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/admin/signin", StringComparison.Ordinal)),
                $"{method} {path} answered {(int)response.StatusCode} to an anonymous request.");
            Assert.DoesNotContain("secret-looking", body);
        }

        Assert.Single(host.Services.GetRequiredService<LiteDbQuestionLog>().Find(QuestionFilter.All));
    }

    [Fact]
    public async Task Api_key_reads_the_questions_api_but_no_page_and_a_wrong_key_is_refused()
    {
        using var folder = new TempFolder();
        using var host = new BotHost(folder, Settings());
        using var client = new AdminClient(host);

        var good = await client.SendAsync(Bearer("/admin/api/questions?format=json", ApiKey));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Bearer("/admin/api/questions", ApiKey + "x"))).StatusCode);
        var page = await client.SendAsync(Bearer("/admin/gaps", ApiKey));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task Sign_in_cookie_is_secure_and_http_only_and_a_wrong_password_is_refused()
    {
        using var folder = new TempFolder();
        using var host = new BotHost(folder, Settings());
        using var client = new AdminClient(host);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync("trainer1", "wrong password")).StatusCode);
        var signedIn = await client.SignInAsync("trainer1");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = Assert.Single(client.SetCookieHeaders, header => header.StartsWith("GuidanceBot.Admin=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/gaps")).StatusCode);
    }

    [Fact]
    public async Task Repeated_failed_sign_ins_are_refused_even_with_the_right_password_afterwards()
    {
        using var folder = new TempFolder();
        using var host = new BotHost(folder, Settings());
        using var client = new AdminClient(host);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync("coordinator1", $"guess {attempt}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SignInAsync("coordinator1")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_form_without_the_anti_forgery_token_is_rejected()
    {
        using var folder = new TempFolder();
        using var host = new BotHost(folder, Settings());
        using var client = new AdminClient(host);
        await client.GetAsync("/admin/signin");
        var response = await client.PostAsync("/admin/signin",
            new Dictionary<string, string> { ["userName"] = "trainer1", ["password"] = AdminClient.Password }, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    internal static Dictionary<string, string?> Settings()
    {
        var settings = AdminClient.AccountSettings(AdminRoles.Trainer, AdminRoles.Coordinator, AdminRoles.Admin);
        settings["Admin:ApiKeys:0"] = ApiKey;
        return settings;
    }

    private static HttpRequestMessage Bearer(string path, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", key);
        return request;
    }

    private sealed record AdminRoute(string Method, string Path, bool Anonymous);

    // Read from the running host, so a route added later is checked without touching this test.
    private static IEnumerable<AdminRoute> AdminRoutes(BotHost host) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/admin", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method =>
                new AdminRoute(method,
                    string.Join('/', endpoint.RoutePattern.RawText!.Split('/').Select(segment => segment.StartsWith('{') ? "x" : segment)),
                    endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)));
}
