using System.CommandLine;

namespace AnimLib.Cli;

/// <summary><c>render</c>'s options that set scene parameters: <c>--props</c>, <c>--prop</c> and <c>--props-batch</c>.</summary>
internal sealed class PropsOptions
{
    private readonly Option<string?> _props = new("--props")
    {
        Description = "Set the scene's [SceneParameter] properties from a JSON object file (see `animlib describe <scene>`).",
        HelpName = "FILE",
    };

    private readonly Option<string[]> _prop = new("--prop")
    {
        Description = "Set one scene parameter (repeatable; wins over --props): --prop Title=\"Q3 results\" --prop Count=3.",
        HelpName = "NAME=VALUE",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> _batch = new("--props-batch")
    {
        Description = "Render one file per line of this JSON Lines file (parameter values over --props/--prop); --output names each from the line's fields: -o \"out/{name}.mp4\".",
        HelpName = "FILE",
    };

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> Options => [_props, _prop, _batch];

    /// <summary><paramref name="request"/> with the values given.</summary>
    public RenderRequest Read(ParseResult parse, RenderRequest request) => request with
    {
        Props = parse.GetValue(_props),
        PropValues = parse.GetValue(_prop) ?? [],
        PropsBatch = parse.GetValue(_batch),
    };
}
