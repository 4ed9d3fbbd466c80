using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// Checks that a card is an Adaptive Card that Teams and Web Chat can render: version 1.5 or lower, known element
/// and action types, the properties each of those requires. (The C# AdaptiveCards package is not available.)
/// </summary>
public static class AdaptiveCardShape
{
    private static readonly HashSet<string> _elements = ["TextBlock", "RichTextBlock", "Image", "ImageSet", "Container", "ColumnSet", "FactSet", "ActionSet"];
    private static readonly HashSet<string> _actions = ["Action.OpenUrl", "Action.Submit", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute"];

    public static void AssertValid(JsonNode? card)
    {
        Assert.NotNull(card);
        Assert.Equal("AdaptiveCard", card["type"]?.GetValue<string>());
        var version = Version.Parse(card["version"]?.GetValue<string>() ?? "0.0");
        Assert.InRange(version, new Version(1, 0), new Version(1, 5));
        foreach (var element in card["body"]?.AsArray() ?? [])
        {
            AssertElement(element!);
        }

        foreach (var action in card["actions"]?.AsArray() ?? [])
        {
            AssertAction(action!);
        }
    }

    private static void AssertElement(JsonNode element)
    {
        var type = element["type"]?.GetValue<string>();
        Assert.True(type is not null && _elements.Contains(type), $"unknown element type {type}");
        switch (type)
        {
            case "TextBlock":
                Assert.False(string.IsNullOrWhiteSpace(element["text"]?.GetValue<string>()), "a TextBlock needs text");
                break;
            case "ActionSet":
                var actions = element["actions"]?.AsArray();
                Assert.True(actions is { Count: > 0 }, "an ActionSet needs actions");
                foreach (var action in actions)
                {
                    AssertAction(action!);
                }

                break;
        }
    }

    private static void AssertAction(JsonNode action)
    {
        var type = action["type"]?.GetValue<string>();
        Assert.True(type is not null && _actions.Contains(type), $"unknown action type {type}");
        Assert.False(string.IsNullOrWhiteSpace(action["title"]?.GetValue<string>()), $"{type} needs a title");
        if (type == "Action.OpenUrl")
        {
            Assert.True(Uri.TryCreate(action["url"]?.GetValue<string>(), UriKind.Absolute, out _), "Action.OpenUrl needs an absolute url");
        }

        if (type == "Action.Submit")
        {
            Assert.NotNull(action["data"]);
        }
    }
}
