using System.Globalization;
using AnimLib.Encoding;
using AnimLib.Scenes;
using FFMpegCore.Enums;
using FFMpegCore;

namespace AnimLib.Pipeline;

/// <summary>
/// Joins encoded segments into the final file with ffmpeg's concat demuxer — stream copy, no re-encoding — mixing in
/// sounds, or for GIF running the two palette passes. The result is written under a temporary name, checked (it opens and
/// holds every frame of the segments: ffmpeg exits 0 after failing to write its file on a full disk) and only then renamed.
/// </summary>
internal static class VideoAssembler
{
    /// <summary>Joins <paramref name="segments"/> (same codec and size) into <paramref name="outputPath"/>.</summary>
    /// <param name="segments">Segment files in order.</param>
    /// <param name="outputPath">Final file; replaced only when the join succeeds.</param>
    /// <param name="format">Output format (decides stream copy or the GIF passes, and the audio codec).</param>
    /// <param name="sounds">Sounds to mix in, with start times in the output's own timeline (negative: it began that long before).</param>
    /// <param name="duration">Length of the video in seconds (audio is cut to it).</param>
    /// <param name="cancellation">Stops ffmpeg and removes temporary files.</param>
    /// <param name="frames">Frames of all the segments together, which the joined file must hold (0: only checked to open).</param>
    /// <exception cref="FfmpegException">ffmpeg failed; the message quotes it.</exception>
    /// <exception cref="OutputCheckException">ffmpeg exited 0 but the joined file is missing, unreadable, or short of frames or of <paramref name="duration"/>; the previous file is unchanged.</exception>
    public static void Join(IReadOnlyList<string> segments, string outputPath, OutputFormat format,
        IReadOnlyList<SceneSound>? sounds = null, double duration = 0, CancellationToken cancellation = default, int frames = 0)
    {
        if (segments.Count == 0) throw new InvalidOperationException($"There are no frames to write to '{outputPath}'.");
        if (format == OutputFormat.Png) throw new NotSupportedException("A PNG sequence is written frame by frame, not joined from segments.");
        string full = Path.GetFullPath(outputPath);
        string list = TempFiles.Beside(full, ".concat.txt");
        string temp = TempFiles.Beside(full);
        string palette = TempFiles.Beside(full, ".palette.png");
        try
        {
            // The list is written here, beside the output, rather than by FFMpegCore's concat input, which writes it to its
            // temporary folder and removes it only when FFMpegCore runs ffmpeg itself.
            File.WriteAllLines(list, segments.Select(s => "file '" + Path.GetFullPath(s).Replace("'", @"'\''", StringComparison.Ordinal) + "'"));
            if (format == OutputFormat.Gif)
            {
                FfmpegRunner.Run(Segments(list).OutputToFile(palette, true, o => o
                    .WithVideoFilters(f => f.WithCustomFilter("palettegen", "stats_mode=full"))), "GIF palette pass", cancellation);
                FfmpegRunner.Run(Segments(list).AddFileInput(palette, false, _ => { }).OutputToFile(temp, true, o => o
                    .WithComplexFilter(g => g.From(0, StreamType.Video).From(1, StreamType.Video)
                        .WithCustomFilter("paletteuse", "dither=sierra2_4a").As(GifLabel))
                    .WithMap(GifLabel)
                    .WithCustomArgument("-loop 0")), "GIF encoding pass", cancellation);
            }
            else
            {
                var inputs = Segments(list);
                foreach (var sound in sounds ?? []) inputs.AddFileInput(sound.Path, false, _ => { });
                var command = inputs.OutputToFile(temp, true, o =>
                {
                    if (sounds is { Count: > 0 }) MixAudio(o, sounds, format, duration);
                    else o.CopyStreams(StreamType.All);
                    if (format is OutputFormat.Mp4 or OutputFormat.Mov) o.WithFastStart();
                });
                FfmpegRunner.Run(command, $"joining {segments.Count} segment(s) into {Path.GetFileName(full)}", cancellation);
            }
            OutputCheck.Video(temp, full, frames > 0 ? frames : OutputCheck.AnyFrames, frames > 0 ? duration : 0);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            TempFiles.TryDelete(list);
            TempFiles.TryDelete(temp);
            TempFiles.TryDelete(palette);
        }
    }

    private const string GifLabel = "gif";

    /// <summary>The segments, read through ffmpeg's concat demuxer from <paramref name="list"/> (absolute paths, so <c>-safe 0</c>).</summary>
    private static FFMpegArguments Segments(string list) =>
        FFMpegArguments.FromFileInput(list, false, i => i.ForceFormat("concat").WithCustomArgument("-safe 0"));

    private static void MixAudio(FFMpegOutputOptions output, IReadOnlyList<SceneSound> sounds, OutputFormat format, double duration)
    {
        var filters = new List<string>();
        for (int i = 0; i < sounds.Count; i++)
        {
            // A sound that began before this video (a section that opens mid-sound) starts part-way through instead.
            double start = sounds[i].StartTime;
            string place = start >= 0
                ? string.Create(CultureInfo.InvariantCulture, $"adelay={(long)Math.Round(start * 1000)}:all=1")
                : string.Create(CultureInfo.InvariantCulture, $"atrim=start={-start:0.######},asetpts=PTS-STARTPTS");
            filters.Add(string.Create(CultureInfo.InvariantCulture,
                $"[{i + 1}:a]aresample=48000,volume={sounds[i].Gain:0.###}dB,{place}[a{i}]"));
        }
        // normalize=0 keeps every sound at its own level instead of dividing by the number of inputs.
        filters.Add(string.Concat(Enumerable.Range(0, sounds.Count).Select(i => $"[a{i}]"))
                    + $"amix=inputs={sounds.Count}:duration=longest:normalize=0[aout]");
        // The graph is written out: FFMpegCore's filter builder has no amix normalize, adelay all or aresample.
        output.WithCustomArgument($"-filter_complex \"{string.Join(';', filters)}\"")
            .WithMap(0, StreamType.Video, (int?)null)
            .WithMap("aout")
            .CopyStreams(StreamType.Video)
            .WithAudioCodec(format == OutputFormat.Webm ? "libopus" : "aac");
        // Seconds as before (not FFMpegCore's hh:mm:ss form), so that the audio is cut at the same sample.
        if (duration > 0) output.WithCustomArgument("-t " + duration.ToString("0.######", CultureInfo.InvariantCulture));
    }
}
