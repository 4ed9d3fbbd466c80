using GuidanceBot.Conversation;
using GuidanceBot.Conversation.BotFramework;
using GuidanceBot.Hosting;
using GuidanceBot.Storage;
using GuidanceBot.Web;
using GuidanceBot.Web.WebChat;

// GuidanceBot: answers frontline staff from the curated knowledge folder. This file names the features;
// each feature's folder implements them.
if (await CommandLine.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.UseBotFrameworkDefaultAddress();
builder.AddStorage();
builder.AddConversation();
builder.AddBotFramework();
builder.AddWebChat();

var app = builder.Build();
app.MapHealth();
app.MapBotFramework();
app.MapWebChat();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that the tests' WebApplicationFactory can start the real host.</summary>
public partial class Program;
