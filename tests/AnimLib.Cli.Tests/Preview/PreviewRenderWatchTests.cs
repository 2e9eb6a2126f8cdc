using System.Collections.Concurrent;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests.Preview;

/// <summary><c>animlib render --watch</c> (re-render on save, no server) and <c>-p/--open</c>.</summary>
public sealed class PreviewRenderWatchTests
{
    [Fact]
    public void Render_watch_renders_again_on_save_encoding_only_what_changed()
    {
        using var project = new PreviewProject(PreviewScenes.Three("Blue"));
        var process = CliProcess.StartCommand(
            ["render", "ThreeShapes", "--watch", "--resolution", "64,36", "--fps", "5", "--progress", "none", "--media-dir", project.MediaDir],
            new Dictionary<string, string?> { ["ANIMLIB_SCENE_ASSEMBLIES"] = null }, project.Folder);
        var lines = new BlockingCollection<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var seen = new List<string>();
        string Next(string what)
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline)
            {
                if (lines.TryTake(out var line, TimeSpan.FromSeconds(1)))
                {
                    seen.Add(line);
                    if (line.Contains(what, StringComparison.Ordinal)) return line;
                }
            }
            throw new TimeoutException($"no line with '{what}'; output so far:\n{string.Join('\n', seen)}");
        }
        try
        {
            Assert.Contains("encoded: 4, reused from cache: 0", Next("Animations encoded"), StringComparison.Ordinal);
            Next("Watching");
            project.Write(PreviewScenes.Three("Yellow"));
            Assert.Contains("encoded: 1, reused from cache: 3", Next("Animations encoded"), StringComparison.Ordinal);
            Next("Watching");
            project.Write(PreviewScenes.Three("Yellow").Replace("Remove(b);", "Remove(b)", StringComparison.Ordinal));
            Assert.Contains("Scenes.cs(15,", Next("CS1002"), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(project.MediaDir, "videos", "ThreeShapes", "36p5", "ThreeShapes.mp4")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
    }

    [Fact]
    public void Render_open_hands_the_file_to_the_systems_viewer()
    {
        using var project = new PreviewProject(PreviewScenes.Three());
        // A stand-in for xdg-open that records what it was asked to open.
        string bin = Path.Combine(project.Folder, "fake-bin");
        Directory.CreateDirectory(bin);
        string record = Path.Combine(project.Folder, "opened.txt");
        string opener = Path.Combine(bin, "xdg-open");
        File.WriteAllText(opener, $"#!/bin/sh\necho \"$1\" > '{record}'\n");
        File.SetUnixFileMode(opener, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var (code, stdout, stderr) = CliProcess.RunCommand(
            ["render", "StillScene", "--open", "--last-frame", "--resolution", "64,36", "--progress", "none", "--assembly", CliRunner.TestAssembly,
                "-o", Path.Combine(project.Folder, "last.png")],
            new Dictionary<string, string?> { ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") });
        Assert.True(code == 0, stdout + stderr);
        for (int i = 0; i < 50 && !File.Exists(record); i++) Thread.Sleep(100);
        Assert.Equal(Path.Combine(project.Folder, "last.png"), File.ReadAllText(record).Trim());
    }
}
