using System.Runtime.InteropServices;

namespace AnimLib.Encoding;

/// <summary>
/// Tells a regular file from a device, pipe or socket, which .NET's file APIs do not: outputs are replaced by renaming
/// a finished temporary file over them, which must never happen to <c>/dev/null</c> or a named pipe.
/// </summary>
internal static partial class FileKinds
{
    private const int AtFdCwd = -100;          // AT_FDCWD: paths relative to the working folder
    private const uint StatxType = 0x1;        // STATX_TYPE
    private const int StatxModeOffset = 28;    // stx_mode in struct statx, the same on every architecture
    private const int TypeMask = 0xF000;       // S_IFMT
    private const int RegularFile = 0x8000;    // S_IFREG

    private static readonly string[] WindowsDeviceNames =
        ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", .. Enumerable.Range(0, 10).SelectMany(i => new[] { $"COM{i}", $"LPT{i}" })];

    /// <summary>
    /// True when <paramref name="path"/> exists and is not a regular file or a folder (a device, a pipe, a socket), as
    /// far as this system can tell; false when it is either, does not exist, or its kind cannot be read.
    /// </summary>
    public static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            string name = Path.GetFileNameWithoutExtension(path.TrimEnd(' ', '.'));
            return path.StartsWith(@"\\.\", StringComparison.Ordinal)
                   || WindowsDeviceNames.Contains(name, StringComparer.OrdinalIgnoreCase);
        }
        if (!OperatingSystem.IsLinux() || !File.Exists(path)) return false;
        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0) return false;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
        int mode = BitConverter.ToUInt16(buffer, StatxModeOffset);
        return (mode & TypeMask) != RegularFile;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directoryFd, string path, int flags, uint mask, [Out] byte[] buffer);
}
