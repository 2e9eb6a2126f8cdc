using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace AnimLib.Encoding;

/// <summary>
/// Enlarges the kernel buffer of the pipe to ffmpeg. A frame is megabytes; with Linux's default 64 KiB pipe every frame
/// costs a hundred or more wake-ups of each process, with 1 MiB a few.
/// </summary>
internal static partial class PipeCapacity
{
    private const int FSetPipeSize = 1031; // F_SETPIPE_SZ (Linux)
    private const int FGetPipeSize = 1032; // F_GETPIPE_SZ

    /// <summary>Largest size an unprivileged process may set by default (/proc/sys/fs/pipe-max-size).</summary>
    public const int Bytes = 1 << 20;

    /// <summary>
    /// Tries to set the pipe behind <paramref name="stream"/> to <see cref="Bytes"/>; a failure only costs speed, so it
    /// is ignored. Returns the pipe's capacity afterwards, or -1 when it cannot be known (not a pipe, not Linux).
    /// </summary>
    public static int TryEnlarge(Stream stream)
    {
        if (!OperatingSystem.IsLinux() || stream is not PipeStream pipe) return -1;
        try
        {
            int fd = (int)pipe.SafePipeHandle.DangerousGetHandle();
            _ = Fcntl(fd, FSetPipeSize, Bytes);
            return Fcntl(fd, FGetPipeSize, 0);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException or ObjectDisposedException)
        {
            return -1;
        }
    }

    [LibraryImport("libc", EntryPoint = "fcntl")]
    private static partial int Fcntl(int fd, int command, int argument);
}
