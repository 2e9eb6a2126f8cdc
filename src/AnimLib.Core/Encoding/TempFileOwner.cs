using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace AnimLib.Encoding;

/// <summary>
/// Which render a temporary file belongs to: every temporary name carries a token of the process that wrote it
/// (<c>pid4242-67a1b2c3-9f3e2d1c</c>: process id, process start in Unix seconds, hash of the machine name), so that a
/// later render can tell the leftovers of a killed render from the files of one still running.
/// </summary>
internal static partial class TempFileOwner
{
    /// <summary>How far two readings of one process's start time may differ (the OS derives it from the boot time and the clock).</summary>
    private static readonly TimeSpan StartTolerance = TimeSpan.FromSeconds(5);

    /// <summary>The token of this process.</summary>
    public static string Current { get; } = Token(Environment.ProcessId, CurrentStartUtc(), Environment.MachineName);

    /// <summary>The token of process <paramref name="pid"/>, started at <paramref name="startUtc"/> on <paramref name="machine"/>.</summary>
    public static string Token(int pid, DateTime startUtc, string machine) =>
        string.Create(CultureInfo.InvariantCulture, $"pid{pid}-{new DateTimeOffset(startUtc.ToUniversalTime()).ToUnixTimeSeconds():x}-{MachineHash(machine)}");

    /// <summary>What is known of the writer of the temporary file named <paramref name="name"/>.</summary>
    public static OwnerState StateOf(string name)
    {
        var match = TokenPattern().Match(name);
        if (!match.Success) return OwnerState.Unknown;
        // Another machine's process ids mean nothing here.
        if (match.Groups["host"].Value != MachineHash(Environment.MachineName)) return OwnerState.Unknown;
        if (!int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int pid)
            || !long.TryParse(match.Groups["start"].Value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out long start))
            return OwnerState.Unknown;
        if (pid == Environment.ProcessId && match.Value == Current) return OwnerState.Running;
        try
        {
            using var process = Process.GetProcessById(pid);
            var started = new DateTimeOffset(process.StartTime.ToUniversalTime());
            return (started - DateTimeOffset.FromUnixTimeSeconds(start)).Duration() <= StartTolerance
                ? OwnerState.Running
                : OwnerState.IdReused;
        }
        catch (ArgumentException)
        {
            // No process has that id: the writer is gone.
            return OwnerState.Gone;
        }
        catch (InvalidOperationException)
        {
            // It exited between the lookup and the question.
            return OwnerState.Gone;
        }
        catch (Win32Exception)
        {
            // Running, but its start time is not ours to read (another user's process): assume it is the writer.
            return OwnerState.Running;
        }
        catch (NotSupportedException)
        {
            return OwnerState.Unknown;
        }
    }

    private static DateTime CurrentStartUtc()
    {
        using var me = Process.GetCurrentProcess();
        return me.StartTime.ToUniversalTime();
    }

    private static string MachineHash(string machine) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(machine.ToLowerInvariant())), 0, 4);

    [GeneratedRegex("pid(?<pid>[0-9]{1,10})-(?<start>[0-9a-f]{1,16})-(?<host>[0-9a-f]{8})", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}

/// <summary>The writer of a temporary file, as <see cref="TempFileOwner.StateOf"/> finds it.</summary>
internal enum OwnerState
{
    /// <summary>The name carries no token, or one of another machine: only the file's age can tell.</summary>
    Unknown,

    /// <summary>The process that wrote it is still running: the file is in use.</summary>
    Running,

    /// <summary>No process has that id any more: the file is a leftover.</summary>
    Gone,

    /// <summary>A process with that id runs, but started at another time: most likely a leftover whose id was given again.</summary>
    IdReused,
}
