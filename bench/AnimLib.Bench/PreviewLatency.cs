using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AnimLib.Bench;

/// <summary>
/// <c>AnimLib.Bench latency</c>: save -> "new render ready" of <c>animlib preview</c>, as its server reports it over
/// server-sent events, for the template's scene and a 30-animation scene at 480p15; against <c>dotnet build</c> +
/// <c>animlib render -q l</c> of the same edit (the loop without the preview).
/// </summary>
internal static partial class PreviewLatency
{
    // Every edit of a run recolours the same shape with a colour not used before, so no edit finds its result cached.
    private static readonly string[] Colours =
    [
        "Red", "Green", "Purple", "Orange", "Teal", "Maroon", "Pink", "Gold", "RedA", "GreenA", "PurpleA", "TealA", "MaroonA",
        "GoldA", "BlueA", "RedE", "GreenE", "PurpleE", "TealE", "MaroonE", "GoldE", "LightPink", "LightBrown", "GreyBrown",
    ];

    /// <summary>The edited shape's colour now, and the next colour to give it.</summary>
    private sealed class Edits(string file)
    {
        private string _colour = "Yellow";
        private int _next;

        /// <summary>Recolours the shape and saves the file; returns the time of the save.</summary>
        public DateTime Save()
        {
            string next = Colours[_next++ % Colours.Length];
            string text = File.ReadAllText(file).Replace($"SetFill({_colour}, ", $"SetFill({next}, ", StringComparison.Ordinal);
            _colour = next;
            var saved = DateTime.UtcNow;
            File.WriteAllText(file, text);
            return saved;
        }
    }

    public static int Run(string cli, int edits, int buildEdits, string resultsFolder)
    {
        string root = Path.Combine(Path.GetTempPath(), "animlib-latency-" + Environment.ProcessId);
        Directory.CreateDirectory(root);
        var rows = new List<(string Scene, int Animations, double[] Preview, double[] Server, double[] Build, double[] BuildOnly, double[] Cold)>();
        try
        {
            foreach (var (scene, animations, source) in new[] { ("MyScene", 5, TemplateScene()), ("ThirtyAnimations", 30, ThirtyAnimations()) })
            {
                string folder = Path.Combine(root, scene);
                string file = CreateProject(folder, scene, source);
                Console.WriteLine($"{scene}: dotnet build (first, restore included)...");
                Exec("dotnet", ["build", "-nologo", "-v", "quiet"], folder);
                var saves = new Edits(file);
                var (preview, server) = MeasurePreview(cli, folder, saves, edits);
                var (build, buildOnly) = MeasureBuildPath(cli, folder, saves, scene, buildEdits, cold: false);
                var (cold, _) = MeasureBuildPath(cli, folder, saves, scene, buildEdits, cold: true);
                rows.Add((scene, animations, preview, server, build, buildOnly, cold));
            }
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        var table = new StringBuilder();
        table.AppendLine("| scene | animations | preview: save -> new render ready (median of " + edits + ") | server's own figure | `dotnet build` + `animlib render -q l` (median of " + buildEdits + ") | of which `dotnet build` | the same, build servers not reused |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in rows)
            table.AppendLine(CultureInfo.InvariantCulture, $"| {r.Scene} | {r.Animations} | {Median(r.Preview):0.00} s ({string.Join(", ", r.Preview.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)))}) | {Median(r.Server):0.00} s | {Median(r.Build):0.0} s | {Median(r.BuildOnly):0.0} s | {Median(r.Cold):0.0} s |");
        Console.WriteLine();
        Console.WriteLine(table);
        Directory.CreateDirectory(resultsFolder);
        string json = Path.Combine(resultsFolder, $"preview-latency-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
        File.WriteAllText(json, JsonSerializer.Serialize(rows.Select(r => new
        {
            scene = r.Scene, animations = r.Animations, previewSeconds = r.Preview, serverSeconds = r.Server, buildAndRenderSeconds = r.Build,
            buildSeconds = r.BuildOnly, coldBuildAndRenderSeconds = r.Cold, processors = Environment.ProcessorCount,
        }), new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"Wrote {json}");
        return 0;
    }

    private static (double[] Latency, double[] Server) MeasurePreview(string cli, string folder, Edits saves, int edits)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "preview", "--progress", "none" }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = new BlockingCollection<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            string url = "";
            while (url.Length == 0)
            {
                if (!output.TryTake(out var line, TimeSpan.FromSeconds(120))) throw new TimeoutException("animlib preview printed no address");
                if (UrlPattern().Match(line) is { Success: true } m) url = m.Value;
            }
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var states = new BlockingCollection<(DateTime At, JsonElement State)>();
            _ = Task.Run(async () =>
            {
                using var stream = await http.GetStreamAsync(url + "api/events");
                using var reader = new StreamReader(stream);
                while (await reader.ReadLineAsync() is { } line)
                    if (line.StartsWith("data: ", StringComparison.Ordinal))
                        states.Add((DateTime.UtcNow, JsonDocument.Parse(line[6..]).RootElement.Clone()));
            });
            string? video = WaitForRender(states, null, TimeSpan.FromSeconds(180)).Video;
            Console.WriteLine($"  preview ready at {url}; first render done");
            var latency = new List<double>();
            var server = new List<double>();
            for (int i = 0; i < edits; i++)
            {
                Thread.Sleep(1000);
                var saved = saves.Save();
                var ready = WaitForRender(states, video, TimeSpan.FromSeconds(120));
                video = ready.Video;
                latency.Add((ready.At - saved).TotalSeconds);
                server.Add(ready.TotalMs / 1000);
                Console.WriteLine($"  edit {i + 1}: {latency[^1]:0.00} s save -> ready (server: {server[^1]:0.00} s; {ready.Encoded} encoded, {ready.FromCache} from cache)");
            }
            return ([.. latency], [.. server]);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static (DateTime At, string Video, double TotalMs, int Encoded, int FromCache) WaitForRender(
        BlockingCollection<(DateTime At, JsonElement State)> states, string? previousVideo, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (!states.TryTake(out var item, TimeSpan.FromSeconds(1))) continue;
            var s = item.State;
            if (s.GetProperty("error").ValueKind != JsonValueKind.Null) throw new InvalidOperationException($"the preview reported an error: {s.GetProperty("error")}");
            if (s.GetProperty("busy").GetBoolean() || s.GetProperty("video").GetString() is not { } video || video == previousVideo) continue;
            var stats = s.GetProperty("stats");
            return (item.At, video, stats.GetProperty("totalMs").GetDouble(), stats.GetProperty("encoded").GetInt32(), stats.GetProperty("fromCache").GetInt32());
        }
        throw new TimeoutException("no new render was reported");
    }

    /// <summary>
    /// <c>dotnet build</c> + <c>animlib render</c> after each edit. <paramref name="cold"/>: without the MSBuild nodes and the
    /// compiler server a previous build left running (as in a fresh terminal or on a busy machine that reclaimed them).
    /// They are not shut down, which would disturb other builds on the machine: these builds just do not use them.
    /// </summary>
    private static (double[] Total, double[] Build) MeasureBuildPath(string cli, string folder, Edits saves, string scene, int edits, bool cold)
    {
        string[] buildArgs = cold
            ? ["build", "-nologo", "-v", "quiet", "-nodeReuse:false", "-p:UseSharedCompilation=false"]
            : ["build", "-nologo", "-v", "quiet"];
        var total = new List<double>();
        var build = new List<double>();
        // Once, so the partial-movie cache holds the unedited animations, as in a real session.
        Exec("dotnet", [cli, "render", scene, "-q", "l", "--progress", "none"], folder);
        for (int i = 0; i < edits; i++)
        {
            saves.Save();
            double b = Time(() => Exec("dotnet", buildArgs, folder));
            string rendered = "";
            double r = Time(() => rendered = Exec("dotnet", [cli, "render", scene, "-q", "l", "--progress", "none"], folder));
            string counts = rendered.Split('\n').FirstOrDefault(l => l.StartsWith("Animations encoded", StringComparison.Ordinal))?.Trim() ?? "";
            build.Add(b);
            total.Add(b + r);
            Console.WriteLine($"  build path{(cold ? " (cold)" : "")}, edit {i + 1}: dotnet build {b:0.0} s + animlib render {r:0.0} s = {b + r:0.0} s ({counts})");
        }
        return ([.. total], [.. build]);
    }

    private static string CreateProject(string folder, string name, string source)
    {
        Directory.CreateDirectory(folder);
        string core = typeof(Scene).Assembly.Location;
        // The template's project with AnimLib referenced from this build instead of the package (no feed needed).
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="AnimLib.Core"><HintPath>{core}</HintPath></Reference>
              </ItemGroup>
              <!-- The scene namespaces as global usings, from the very file the package ships. -->
              <Import Project="{Path.Combine(RepositoryRoot(), "src", "AnimLib.Core", "buildTransitive", "AnimLib.props")}" />
            </Project>
            """);
        string file = Path.Combine(folder, name + ".cs");
        File.WriteAllText(file, source);
        return file;
    }

    /// <summary>The template's MyScene, read from templates/animlib-scenes; an edit recolours the circle.</summary>
    private static string TemplateScene()
    {
        string file = Path.Combine(RepositoryRoot(), "templates", "animlib-scenes", "MyScene.cs");
        return File.Exists(file) ? File.ReadAllText(file) : throw new FileNotFoundException("Run the bench from the repository: the template's scene is read from it.", file);
    }

    /// <summary>The checkout the bench runs in (the folder holding AnimLib.sln, above the working folder).</summary>
    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(Environment.CurrentDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AnimLib.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Run the bench from the repository: no AnimLib.sln above " + Environment.CurrentDirectory);
    }

    /// <summary>Thirty half-second animations; an edit recolours the shape of the sixteenth.</summary>
    private static string ThirtyAnimations()
    {
        var body = new StringBuilder();
        for (int i = 0; i < 30; i++)
        {
            string colour = i == 15 ? "Yellow" : "Blue";
            float x = (i % 6 - 2.5f) * 2f;
            float y = (i / 6 - 2f) * 1.4f;
            body.AppendLine(CultureInfo.InvariantCulture, $"        var s{i} = new Square(sideLength: 1).SetFill({colour}, 0.8).Shift(Right * {x}f + Up * {y}f);");
            body.AppendLine(CultureInfo.InvariantCulture, $"        Play(FadeIn(s{i}), runTime: 0.5);");
            body.AppendLine(CultureInfo.InvariantCulture, $"        Remove(s{i});");
        }
        return $$"""
            using static AnimLib.Anim;
            using static AnimLib.Directions;
            using static AnimLib.Palette;

            namespace Bench;

            public sealed class ThirtyAnimations : Scene
            {
                protected override void Construct()
                {
            {{body}}    }
            }
            """;
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    private static string Exec(string file, string[] args, string folder)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var err = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed:\n{output}{err.Result}");
        return output;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex UrlPattern();
}
