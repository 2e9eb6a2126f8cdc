using System.Diagnostics;
using System.Runtime.InteropServices;
using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary>
/// A render stopped from outside, as a CI job or a user stops one: killed outright (kill -9), or asked to stop (SIGTERM).
/// Neither may leave a broken file where a good one stood, and the next render must come out byte-identical to an
/// uninterrupted one, with no temporary file left behind.
/// </summary>
public sealed partial class InterruptedRenderTests : IDisposable
{
    private const int SigKill = 9, SigTerm = 15;

    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-interrupted-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    private static string[] Args(string media, string output) =>
        [nameof(FileGatedScene), "--resolution", "160,90", "--fps", "10", "--media-dir", media, "-o", output];

    /// <summary>Every temporary (dot-named) file below <paramref name="folder"/>, leases and checksum records aside.</summary>
    private static List<string> Temporaries(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).StartsWith('.') || f.Contains(".pending", StringComparison.Ordinal) || f.EndsWith(".partial", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.leases{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}.checks{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

    /// <summary>Starts a render that stops at the scene's gate, and waits until it is there.</summary>
    private (Process Render, string Gate) StartHalfDone(string media, string output)
    {
        string gate = Directory.CreateDirectory(Path.Combine(_dir, "gate-" + Guid.NewGuid().ToString("N"))).FullName;
        var render = CliProcess.Start(Args(media, output), new Dictionary<string, string> { [FileGatedScene.GateVariable] = gate });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(Path.Combine(gate, "reached")))
        {
            if (render.HasExited)
            {
                var (code, stdout, stderr) = CliProcess.Wait(render);
                Assert.Fail($"the render ended before reaching its gate (exit {code}): {stdout} {stderr}");
            }
            if (DateTime.UtcNow >= deadline)
            {
                render.Kill();
                var (code, stdout, stderr) = CliProcess.Wait(render);
                Assert.Fail($"the render never reached its gate (exit {code}): {stdout} {stderr}");
            }
            Thread.Sleep(20);
        }
        return (render, gate);
    }

    [Fact]
    public void KilledOutright_TheNextRenderIsByteIdenticalAndLeavesNoTemporaries()
    {
        Assert.True(OperatingSystem.IsLinux(), "this test sends signals with libc's kill()");
        string reference = Path.Combine(_dir, "reference.mp4");
        var clean = CliProcess.Run(Args(Path.Combine(_dir, "clean-media"), reference));
        Assert.True(clean.Code == 0, clean.Out + clean.Err);

        string media = Path.Combine(_dir, "media"), output = Path.Combine(_dir, "out", "scene.mp4");
        var (render, _) = StartHalfDone(media, output);
        Assert.Equal(0, Kill(render.Id, SigKill));
        render.WaitForExit();
        Assert.False(File.Exists(output), "a killed render must not have published its video");

        var again = CliProcess.Run(Args(media, output));
        Assert.True(again.Code == 0, again.Out + again.Err);
        Assert.Equal(File.ReadAllBytes(reference), File.ReadAllBytes(output));
        Assert.Empty(Temporaries(media));
        Assert.Empty(Temporaries(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void AskedToStop_ExitsWithoutTouchingThePreviousVideoAndLeavesNoTemporaries()
    {
        Assert.True(OperatingSystem.IsLinux(), "this test sends signals with libc's kill()");
        string media = Path.Combine(_dir, "media"), output = Path.Combine(_dir, "out", "scene.mp4");
        var first = CliProcess.Run(Args(media, output));
        Assert.True(first.Code == 0, first.Out + first.Err);
        byte[] good = File.ReadAllBytes(output);

        // Another render of the same output, stopped half way with SIGTERM.
        var (render, gate) = StartHalfDone(Path.Combine(_dir, "media2"), output);
        Assert.Equal(0, Kill(render.Id, SigTerm));
        // The scene waits in its own code, which no signal interrupts; once it goes on, the next frame sees the stop.
        File.WriteAllText(Path.Combine(gate, "open"), "");
        var (code, _, err) = CliProcess.Wait(render);
        Assert.True(code == 130, $"exit {code}: {err}");
        Assert.Equal(good, File.ReadAllBytes(output));
        Assert.Empty(Temporaries(Path.Combine(_dir, "media2")));
        Assert.Empty(Temporaries(Path.GetDirectoryName(output)!));
    }
}
