using GuidanceBot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Storage;

public sealed class StorageRestartTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task State_written_by_one_host_is_read_back_by_the_next_on_the_same_file()
    {
        using (var first = new BotHost(_folder))
        {
            await first.Services.GetRequiredService<IStorage>()
                .WriteAsync(new Dictionary<string, object> { ["conversation/state"] = new Dictionary<string, object> { ["step"] = "ask-age" } });
        }

        using var second = new BotHost(_folder);
        var items = await second.Services.GetRequiredService<IStorage>().ReadAsync(["conversation/state"]);

        Assert.Equal("ask-age", ((IDictionary<string, object>)items["conversation/state"])["step"]);
    }

    public void Dispose() => _folder.Dispose();
}
