using GuidanceBot.Admin;
using GuidanceBot.Conversation;
using GuidanceBot.Conversation.BotFramework;
using GuidanceBot.Hosting;
using GuidanceBot.Knowledge;
using GuidanceBot.Questions;
using GuidanceBot.Storage;
using GuidanceBot.Web;
using GuidanceBot.Web.WebChat;

// GuidanceBot answers frontline staff from the curated knowledge folder. This file names the features;
// each feature's folder implements them. Command-line verbs (validate, eval, ...) are listed in Hosting/CommandLine.
if (await CommandLine.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.UseBotFrameworkDefaultAddress();
Program.AddFeatures(builder);
builder.AddAdmin();
builder.AddWebChat();

var app = builder.Build();
app.MapHealth();
app.MapKnowledgePages();
app.MapBotFramework();
app.MapAdmin();
app.MapWebChat();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that the tests' WebApplicationFactory can start the real host.</summary>
public partial class Program
{
    /// <summary>The bot's services, shared by the web host and by verbs that run turns (eval).</summary>
    public static WebApplicationBuilder AddFeatures(WebApplicationBuilder builder) => builder
        .AddStorage()
        .AddKnowledge()
        .AddQuestionLog()
        .AddConversation()
        .AddBotFramework();
}
