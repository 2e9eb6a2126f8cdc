using AnimLib.Encoding;

namespace AnimLib.Pipeline;

/// <summary>
/// Checks an output path before anything is rendered, so that a path that cannot take the result fails at once, not
/// after the whole render: the extension must hold the format, the folder must be writable, and what is there already
/// must be what will replace it (a file for a video or image, a folder for a PNG sequence; never a device).
/// </summary>
public static class OutputTarget
{
    /// <summary>
    /// Why <paramref name="path"/> cannot receive a render in <paramref name="format"/> (a file for a video, a folder for
    /// a PNG sequence), or null when it can. Creates the missing folders on the way, as the render would.
    /// </summary>
    public static string? FindProblem(string path, OutputFormat format)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string name = format.ToString().ToLowerInvariant();
        if (format == OutputFormat.Png)
        {
            if (File.Exists(path))
                return $"'{path}' is a file; a PNG sequence is written into a folder: name a folder (it is created if missing).";
            return FolderProblem(path);
        }
        if (KindProblem(path, $"the {name} video") is { } kind) return kind;
        string needed = format.Extension();
        string extension = Path.GetExtension(path);
        if (!extension.Equals(needed, StringComparison.OrdinalIgnoreCase))
            return extension.Length == 0
                ? $"'{path}' has no extension; {name} needs a file name ending in '{needed}'."
                : $"'{path}' has the extension '{extension}', which cannot hold {name}; {name} needs a file name ending in '{needed}'.";
        return FolderOfFileProblem(path);
    }

    /// <summary>Why <paramref name="path"/> cannot receive a still PNG image, or null when it can.</summary>
    public static string? FindImageProblem(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (KindProblem(path, "the PNG image") is { } kind) return kind;
        string extension = Path.GetExtension(path);
        if (!extension.Equals(".png", StringComparison.OrdinalIgnoreCase))
            return $"'{path}' {(extension.Length == 0 ? "has no extension" : $"has the extension '{extension}'")}; a still is a PNG image: name a file ending in '.png'.";
        return FolderOfFileProblem(path);
    }

    private static string? KindProblem(string path, string what)
    {
        if (Directory.Exists(path)) return $"'{path}' is a folder; {what} is a file: name the file to write inside it.";
        // The result is renamed over the target; a device or pipe would be replaced (or refuse), never written.
        return FileKinds.IsSpecial(path) ? $"'{path}' is not a regular file (a device, pipe or socket); name a regular file for {what}." : null;
    }

    private static string? FolderOfFileProblem(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return folder is null ? $"'{path}' names no file." : WritableProblem(folder, path);
    }

    private static string? FolderProblem(string path)
    {
        string full = Path.GetFullPath(path);
        if (FileKinds.IsSpecial(full)) return $"'{path}' is not a folder (a device, pipe or socket); name a folder for the PNG files.";
        // The sequence is built in a sibling folder and renamed into place: the parent must be writable.
        string? parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        return parent is null ? $"'{path}' is the root of a drive; name a folder inside it." : WritableProblem(parent, path);
    }

    /// <summary>Creates <paramref name="folder"/> if needed and writes and deletes a small file in it, which is what the render will do.</summary>
    private static string? WritableProblem(string folder, string path)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return $"'{path}': its folder '{folder}' cannot be created: {e.Message}";
        }
        string probe = TempFiles.Beside(Path.Combine(folder, "write-check"), ".tmp");
        try
        {
            using (var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                stream.WriteByte(0);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TempFiles.TryDelete(probe);
            return $"'{path}': its folder '{folder}' cannot be written: {e.Message}";
        }
    }
}
