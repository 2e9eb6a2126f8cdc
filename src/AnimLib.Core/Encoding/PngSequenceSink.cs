using System.Globalization;
using AnimLib.Rendering;

namespace AnimLib.Encoding;

/// <summary>
/// Writes every frame as a numbered PNG (<c>Name_0000.png</c>, ...) into a folder. Frames go to a hidden temporary folder
/// that replaces the target folder only on <see cref="Complete"/>, so a failed render leaves an earlier sequence intact.
/// </summary>
internal sealed class PngSequenceSink : IFrameSink
{
    private readonly string _directory;
    private readonly string _temp;
    private readonly string _prefix;
    private bool _done;

    /// <summary>Creates the sink.</summary>
    /// <param name="directory">Folder that will hold the PNG files.</param>
    /// <param name="prefix">File name prefix, usually the scene name.</param>
    public PngSequenceSink(string directory, string prefix)
    {
        _directory = Path.GetFullPath(directory);
        _prefix = prefix;
        _temp = TempFiles.Beside(_directory, "");
        Directory.CreateDirectory(_temp);
    }

    /// <summary>Frames written.</summary>
    public int FramesWritten { get; private set; }

    /// <inheritdoc/>
    public void WriteFrame(FrameBuffer frame)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        PngFile.Save(frame, Path.Combine(_temp, $"{_prefix}_{FramesWritten.ToString("0000", CultureInfo.InvariantCulture)}.png"));
        FramesWritten++;
    }

    /// <inheritdoc/>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        // Each frame was read back as it was written; a frame missing from the folder would leave a gap in the numbering.
        int files = Directory.EnumerateFiles(_temp, "*.png").Count();
        if (files != FramesWritten)
            throw new OutputCheckException(_directory, $"its temporary folder holds {files} of the {FramesWritten} frames written");
        if (Directory.Exists(_directory))
        {
            // Swap through a second name so the old sequence is gone only once the new one is in place.
            string old = TempFiles.Beside(_directory, ".old");
            Directory.Move(_directory, old);
            Directory.Move(_temp, _directory);
            TempFiles.TryDelete(old);
        }
        else
        {
            Directory.Move(_temp, _directory);
        }
        _done = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_done) TempFiles.TryDelete(_temp);
        _done = true;
    }
}
