using System.Text.Json;
using System.Text.RegularExpressions;
using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary><c>animlib describe</c> prints a scene's parameters as a JSON Schema.</summary>
public sealed class DescribeCommandTests
{
    private static (int Code, string Out, string Err) Describe(string scene)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = DescribeCommand.Execute(scene, [CliRunner.TestAssembly], noBuild: true, stdout, stderr, Environment.CurrentDirectory, []);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void TheSchemaGivesEachParametersTypeDefaultAndDescription()
    {
        var (code, stdout, err) = Describe(nameof(ParamScene));
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal("object", root.GetProperty("type").GetString());
        Assert.Equal(nameof(ParamScene), root.GetProperty("title").GetString());
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        var p = root.GetProperty("properties");
        Assert.Equal(["Title", "Fill", "Steps", "Shape", "Widths", "Explode", "Note"], p.EnumerateObject().Select(x => x.Name));

        var title = p.GetProperty("Title");
        Assert.Equal("string", title.GetProperty("type").GetString());
        Assert.Equal("Hello", title.GetProperty("default").GetString());
        Assert.Equal("Caption shown with the second animation (subtitles only).", title.GetProperty("description").GetString());

        var fill = p.GetProperty("Fill");
        Assert.Equal("string", fill.GetProperty("type").GetString());
        Assert.Equal(Palette.Blue.ToHex(), fill.GetProperty("default").GetString());
        var pattern = new Regex(fill.GetProperty("pattern").GetString()!);
        Assert.Matches(pattern, "#FF0000");
        Assert.Matches(pattern, "BLUE_E");
        Assert.DoesNotMatch(pattern, "#FF00");

        Assert.Equal("integer", p.GetProperty("Steps").GetProperty("type").GetString());
        Assert.Equal(3, p.GetProperty("Steps").GetProperty("default").GetInt32());
        Assert.Equal(["Square", "Circle"], p.GetProperty("Shape").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Circle", p.GetProperty("Shape").GetProperty("default").GetString());
        Assert.Equal("array", p.GetProperty("Widths").GetProperty("type").GetString());
        Assert.Equal("number", p.GetProperty("Widths").GetProperty("items").GetProperty("type").GetString());
        Assert.Equal([1.5, 2.0], p.GetProperty("Widths").GetProperty("default").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal("boolean", p.GetProperty("Explode").GetProperty("type").GetString());
        Assert.False(p.GetProperty("Explode").GetProperty("default").GetBoolean());
        var note = p.GetProperty("Note");
        Assert.Equal(["string", "null"], note.GetProperty("type").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, note.GetProperty("default").ValueKind);
        Assert.False(note.TryGetProperty("description", out _));
    }

    [Fact]
    public void ASceneWithoutParametersHasAnEmptySchema()
    {
        var (code, stdout, err) = Describe(nameof(CountingScene));
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Empty(doc.RootElement.GetProperty("properties").EnumerateObject());
    }

    [Fact]
    public void AnUnknownSceneIsAUsageError()
    {
        var (code, stdout, err) = Describe("ParamScen");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Equal("", stdout);
        Assert.Contains("Did you mean: ParamScene", err);
    }
}
