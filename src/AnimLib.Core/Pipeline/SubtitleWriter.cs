using System.Globalization;
using System.Text;
using AnimLib.Encoding;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>Writes captions as a SubRip (<c>.srt</c>) file.</summary>
internal static class SubtitleWriter
{
    /// <summary>The SRT text of <paramref name="captions"/>, numbered from 1 in start order.</summary>
    public static string ToSrt(IEnumerable<Subcaption> captions)
    {
        var sb = new StringBuilder();
        int n = 1;
        foreach (var c in captions.OrderBy(c => c.Start))
        {
            sb.Append(n++.ToString(CultureInfo.InvariantCulture)).Append('\n');
            sb.Append(Timestamp(c.Start)).Append(" --> ").Append(Timestamp(c.End)).Append('\n');
            sb.Append(c.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n')).Append("\n\n");
        }
        return sb.ToString();
    }

    /// <summary>Writes the SRT file (through a temporary name).</summary>
    public static void Save(IEnumerable<Subcaption> captions, string path)
    {
        string temp = TempFiles.Beside(path);
        File.WriteAllText(temp, ToSrt(captions), new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary><c>HH:MM:SS,mmm</c>.</summary>
    public static string Timestamp(double seconds)
    {
        long ms = (long)Math.Round(Math.Max(0, seconds) * 1000);
        return string.Create(CultureInfo.InvariantCulture, $"{ms / 3_600_000:00}:{ms / 60_000 % 60:00}:{ms / 1000 % 60:00},{ms % 1000:000}");
    }
}
