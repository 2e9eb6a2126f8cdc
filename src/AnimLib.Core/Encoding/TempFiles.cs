using System.Security.Cryptography;
using AnimLib.Pipeline;

namespace AnimLib.Encoding;

/// <summary>Temporary names beside a final path, so that a finished file appears by a rename and a failed one never does.</summary>
internal static class TempFiles
{
    /// <summary>
    /// A hidden, unique name in the folder of <paramref name="finalPath"/>, keeping its extension (ffmpeg picks the muxer by
    /// it): <c>.name.&lt;random&gt;.&lt;owner&gt;.partial.mp4</c>, where the owner token (<see cref="TempFileOwner"/>) lets a
    /// later render remove it if this process dies before it is renamed or deleted (<see cref="StaleTempFiles"/>).
    /// </summary>
    public static string Beside(string finalPath, string? extension = null)
    {
        string full = Path.GetFullPath(finalPath);
        string directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        extension ??= Path.GetExtension(full);
        return Path.Combine(directory,
            $".{Path.GetFileNameWithoutExtension(full)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.{TempFileOwner.Current}.partial{extension}");
    }

    /// <summary>Deletes a file or folder, ignoring one that is already gone or cannot be removed.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            else File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
