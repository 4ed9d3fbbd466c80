using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Web;

public sealed class HealthEndpointTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Health_reports_status_version_and_storage()
    {
        using var host = new BotHost(_folder);

        var response = await host.CreateClient().GetAsync("/healthz");
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", body!["status"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["version"]!.GetValue<string>()));
        Assert.True(body["storageOk"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Health_reports_a_damaged_database_with_503()
    {
        _folder.Write("damaged.db", new string('x', 16_384));
        using var host = new BotHost(_folder, new Dictionary<string, string?> { ["Storage:Path"] = _folder.PathOf("damaged.db") });

        var response = await host.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    public void Dispose() => _folder.Dispose();
}
