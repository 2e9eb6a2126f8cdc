using AnimLib.Cli.Tests.Scenes;

namespace AnimLib.Cli.Tests.Support;

/// <summary>Runs <c>animlib render</c> in-process with captured output and no configuration files.</summary>
public static class CliRunner
{
    /// <summary>The test assembly, passed as --assembly so its scenes can be rendered.</summary>
    public static readonly string TestAssembly = typeof(CountingScene).Assembly.Location;

    public static (int Code, string Out, string Err) Render(RenderRequest request, ConfigLocations? config = null, CancellationToken cancellation = default)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var withAssembly = request with { Assemblies = [.. request.Assemblies, TestAssembly] };
        int code = RenderCommand.Execute(withAssembly, stdout, stderr, config ?? ConfigLocations.None, cancellation);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A small, fast request: 160x90 at 10 fps.</summary>
    public static RenderRequest Small(string scene, string output) =>
        new(scene, Fps: "10", Output: output) { Resolution = "160,90" };
}
