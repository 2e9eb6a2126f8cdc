using System.Globalization;

namespace AnimLib.Output;

/// <summary>
/// Joins encoded segments into the final file with ffmpeg's concat demuxer — stream copy, no re-encoding — mixing in
/// sounds, or for GIF running the two palette passes. The result is written under a temporary name and renamed.
/// </summary>
public static class VideoAssembler
{
    /// <summary>Joins <paramref name="segments"/> (same codec and size) into <paramref name="outputPath"/>.</summary>
    /// <param name="segments">Segment files in order.</param>
    /// <param name="outputPath">Final file; replaced only when the join succeeds.</param>
    /// <param name="format">Output format (decides stream copy or the GIF passes, and the audio codec).</param>
    /// <param name="sounds">Sounds to mix in, with start times in the output's own timeline.</param>
    /// <param name="duration">Length of the video in seconds (audio is cut to it).</param>
    /// <param name="cancellation">Stops ffmpeg and removes temporary files.</param>
    /// <exception cref="FfmpegException">ffmpeg failed; the message quotes it.</exception>
    public static void Join(IReadOnlyList<string> segments, string outputPath, OutputFormat format,
        IReadOnlyList<SceneSound>? sounds = null, double duration = 0, CancellationToken cancellation = default)
    {
        if (segments.Count == 0) throw new InvalidOperationException($"There are no frames to write to '{outputPath}'.");
        if (format == OutputFormat.Png) throw new NotSupportedException("A PNG sequence is written frame by frame, not joined from segments.");
        string full = Path.GetFullPath(outputPath);
        string list = TempFiles.Beside(full, ".concat.txt");
        string temp = TempFiles.Beside(full);
        string palette = TempFiles.Beside(full, ".palette.png");
        try
        {
            File.WriteAllLines(list, segments.Select(s => "file '" + Path.GetFullPath(s).Replace("'", @"'\''", StringComparison.Ordinal) + "'"));
            string[] input = ["-f", "concat", "-safe", "0", "-i", list];
            if (format == OutputFormat.Gif)
            {
                FfmpegRunner.Run([.. input, "-vf", "palettegen=stats_mode=full", palette], "GIF palette pass", cancellation);
                FfmpegRunner.Run([.. input, "-i", palette, "-lavfi", "[0:v][1:v]paletteuse=dither=sierra2_4a", "-loop", "0", temp],
                    "GIF encoding pass", cancellation);
            }
            else
            {
                var args = new List<string>(input);
                if (sounds is { Count: > 0 }) AddAudio(args, sounds, format, duration);
                else args.AddRange(["-c", "copy"]);
                if (format is OutputFormat.Mp4 or OutputFormat.Mov) args.AddRange(["-movflags", "+faststart"]);
                args.Add(temp);
                FfmpegRunner.Run(args, $"joining {segments.Count} segment(s) into {Path.GetFileName(full)}", cancellation);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            TempFiles.TryDelete(list);
            TempFiles.TryDelete(temp);
            TempFiles.TryDelete(palette);
        }
    }

    private static void AddAudio(List<string> args, IReadOnlyList<SceneSound> sounds, OutputFormat format, double duration)
    {
        foreach (var s in sounds) args.AddRange(["-i", s.Path]);
        var filters = new List<string>();
        for (int i = 0; i < sounds.Count; i++)
        {
            long delayMs = (long)Math.Round(sounds[i].StartTime * 1000);
            filters.Add(string.Create(CultureInfo.InvariantCulture,
                $"[{i + 1}:a]aresample=48000,volume={sounds[i].Gain:0.###}dB,adelay={delayMs}:all=1[a{i}]"));
        }
        // normalize=0 keeps every sound at its own level instead of dividing by the number of inputs.
        filters.Add(string.Concat(Enumerable.Range(0, sounds.Count).Select(i => $"[a{i}]"))
                    + $"amix=inputs={sounds.Count}:duration=longest:normalize=0[aout]");
        args.AddRange(["-filter_complex", string.Join(';', filters), "-map", "0:v", "-map", "[aout]", "-c:v", "copy"]);
        args.AddRange(format == OutputFormat.Webm ? ["-c:a", "libopus"] : ["-c:a", "aac"]);
        if (duration > 0) args.AddRange(["-t", duration.ToString("0.######", CultureInfo.InvariantCulture)]);
    }
}
