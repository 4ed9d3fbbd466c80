namespace GuidanceBot.Conversation.Flows;

public static class FlowsExtensions
{
    /// <summary>Registers the flow settings and the (stateless, shareable) answer recognizer.</summary>
    public static WebApplicationBuilder AddFlows(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FlowOptions>().BindConfiguration(FlowOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<AnswerRecognizer>();
        return builder;
    }
}
