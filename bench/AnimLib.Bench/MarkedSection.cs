namespace AnimLib.Bench;

/// <summary>
/// Writes generated text into a markdown file between two comment markers, so that the prose around it stays as written
/// and a later run replaces only its own block.
/// </summary>
/// <remarks>
/// A marker counts only on a line of its own: the prose that documents a block names its markers too (in backticks,
/// mid-sentence), and a plain text search would put the tables there.
/// </remarks>
internal static class MarkedSection
{
    /// <summary>
    /// Replaces what lies between <paramref name="begin"/> and <paramref name="end"/> in <paramref name="file"/> with
    /// <paramref name="content"/>; where the markers are absent, appends a section <paramref name="heading"/> holding them.
    /// </summary>
    public static void Write(string file, string begin, string end, string heading, string content)
    {
        if (!File.Exists(file)) throw new FileNotFoundException($"--markdown: no file {file}.", file);
        File.WriteAllText(file, Replace(File.ReadAllText(file), begin, end, heading, content));
    }

    /// <summary>What is wrong with <c>--markdown FILE</c> before anything is measured: null when it is absent or the file exists.</summary>
    public static string? MissingTarget(string? file) => file is null || File.Exists(file)
        ? null
        : $"--markdown: no file {file} (the tables go into an existing file, between their markers or in a new section at its end).";

    /// <summary>The text of <see cref="Write"/>: <paramref name="text"/> with its block replaced or appended.</summary>
    public static string Replace(string text, string begin, string end, string heading, string content)
    {
        string block = $"{begin}\n{content.TrimEnd()}\n{end}";
        int b = FindLine(text, begin, 0);
        int e = b < 0 ? -1 : FindLine(text, end, b + begin.Length);
        return b >= 0 && e > b
            ? text[..b] + block + text[(e + end.Length)..]
            : text.TrimEnd() + $"\n\n{heading}\n\n{block}\n";
    }

    /// <summary>Where <paramref name="marker"/> first stands alone on a line at or after <paramref name="from"/>; -1 if nowhere.</summary>
    private static int FindLine(string text, string marker, int from)
    {
        for (int i = text.IndexOf(marker, from, StringComparison.Ordinal); i >= 0; i = text.IndexOf(marker, i + 1, StringComparison.Ordinal))
        {
            bool startsLine = i == 0 || text[i - 1] == '\n';
            int after = i + marker.Length;
            bool endsLine = after == text.Length || text[after] == '\n' || text[after] == '\r';
            if (startsLine && endsLine) return i;
        }
        return -1;
    }
}
