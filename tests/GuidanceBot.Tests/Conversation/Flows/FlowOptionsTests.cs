using System.ComponentModel.DataAnnotations;
using GuidanceBot.Conversation.Flows;

namespace GuidanceBot.Tests.Conversation.Flows;

public sealed class FlowOptionsTests
{
    [Fact]
    public void Idle_timeout_defaults_to_a_day()
    {
        Assert.Equal(TimeSpan.FromHours(24), new FlowOptions().IdleTimeout);
    }

    [Fact]
    public void A_zero_idle_timeout_is_refused_with_a_clear_message()
    {
        var options = new FlowOptions { IdleTimeout = TimeSpan.Zero };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Contains("Flows:IdleTimeout", Assert.Single(results).ErrorMessage);
    }
}
