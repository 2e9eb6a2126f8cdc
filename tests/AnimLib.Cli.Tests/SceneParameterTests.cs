using System.Text.Json;
using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;
using AnimLib.Encoding;

namespace AnimLib.Cli.Tests;

/// <summary><c>--prop</c> and <c>--props</c> set a scene's [SceneParameter] properties; bad values are usage errors.</summary>
public sealed class SceneParameterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-params-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private RenderRequest Still(string name) =>
        CliRunner.Small(nameof(ParamScene), Path.Combine(_dir, name)) with { LastFrame = true, MediaDir = Path.Combine(_dir, "media") };

    private static (int R, int G, int B) Centre(string png)
    {
        var (r, g, b, _) = PngFile.Load(png).GetPixel(80, 45);
        return (r, g, b);
    }

    private static (int R, int G, int B) Bytes(Color c) =>
        ((int)Math.Round(c.R * 255), (int)Math.Round(c.G * 255), (int)Math.Round(c.B * 255));

    [Fact]
    public void PropsChangeWhatIsDrawn()
    {
        var (code, _, err) = CliRunner.Render(Still("default.png"));
        Assert.True(code == 0, err);
        Assert.Equal(Bytes(Palette.Blue), Centre(Path.Combine(_dir, "default.png")));

        // A file sets Fill; a --prop (any case) wins over it.
        string props = Path.Combine(_dir, "props.json");
        File.WriteAllText(props, """{ "Fill": "#00FF00", "Title": "From the file" }""");
        (code, _, err) = CliRunner.Render(Still("file.png") with { Props = props });
        Assert.True(code == 0, err);
        Assert.Equal((0, 255, 0), Centre(Path.Combine(_dir, "file.png")));
        (code, _, err) = CliRunner.Render(Still("flag.png") with { Props = props, PropValues = ["fill=#FF0000", "Steps=7", "Widths=[1, 2.5]", "Shape=square"] });
        Assert.True(code == 0, err);
        Assert.Equal((255, 0, 0), Centre(Path.Combine(_dir, "flag.png")));
    }

    [Fact]
    public void AnUnknownParameterIsAUsageErrorListingTheValidOnes()
    {
        var (code, _, err) = CliRunner.Render(Still("x.png") with { PropValues = ["Colour=#FF0000"] });
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("unknown parameter 'Colour'", err);
        Assert.Contains("Valid parameters: Title (a string), Fill (a colour", err);
        Assert.Contains("animlib describe ParamScene", err);
        Assert.False(File.Exists(Path.Combine(_dir, "x.png")));
    }

    [Theory]
    [InlineData("Steps=many", "parameter Steps expects a whole number from -2147483648 to 2147483647; got \"many\"")]
    [InlineData("Steps=2.5", "parameter Steps expects a whole number from -2147483648 to 2147483647; got 2.5")]
    [InlineData("Fill=reddish", "parameter Fill expects a colour (#RRGGBB or a palette name such as BLUE_E); got \"reddish\"")]
    [InlineData("Shape=Triangle", "parameter Shape expects one of Square, Circle; got \"Triangle\"")]
    [InlineData("Widths=[1,\"a\"]", "parameter Widths expects an array of numbers; got [1,\"a\"]")]
    [InlineData("Explode=maybe", "parameter Explode expects true or false; got \"maybe\"")]
    public void AValueOfTheWrongTypeNamesTheParameterTheTypeAndTheValue(string prop, string message)
    {
        var (code, _, err) = CliRunner.Render(Still("x.png") with { PropValues = [prop] });
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(message, err);
    }

    [Fact]
    public void APropsFileThatIsNotAnObjectIsAUsageError()
    {
        string props = Path.Combine(_dir, "props.json");
        File.WriteAllText(props, "{ \"Fill\": \"#00FF00\",\n  \"Title\": }");
        var (code, _, err) = CliRunner.Render(Still("x.png") with { Props = props });
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("not valid JSON", err);
        Assert.Contains("LineNumber: 1", err);
    }

    [Fact]
    public void TheLibraryListsConvertsAndAppliesParameters()
    {
        var parameters = SceneParameters.For(typeof(ParamScene));
        Assert.Equal(["Title", "Fill", "Steps", "Shape", "Widths", "Explode", "Note"], parameters.Select(p => p.Name));
        Assert.Equal("Hello", parameters[0].Default);
        Assert.Equal(Palette.Blue, parameters[1].Default);

        var values = SceneParameters.Convert(typeof(ParamScene), new Dictionary<string, JsonElement>
        {
            ["title"] = parameters[0].FromText("Q3 results"),
            ["Steps"] = parameters[2].FromText("4"),
            ["Note"] = JsonSerializer.SerializeToElement<string?>(null),
        });
        var scene = new ParamScene();
        SceneParameters.Apply(scene, values);
        Assert.Equal(("Q3 results", 4, (string?)null), (scene.Title, scene.Steps, scene.Note));
        var e = Assert.Throws<SceneParameterException>(() => SceneParameters.Convert(typeof(ParamScene),
            new Dictionary<string, JsonElement> { ["Nope"] = JsonSerializer.SerializeToElement(1), ["Title"] = JsonSerializer.SerializeToElement(1) }));
        Assert.Equal(2, e.Problems.Count);
    }
}
