namespace AnimLib.Bench;

/// <summary>
/// Writes generated text into a markdown file between two comment markers, so that the prose around it stays as written
/// and a later run replaces only its own block.
/// </summary>
internal static class MarkedSection
{
    /// <summary>
    /// Replaces what lies between <paramref name="begin"/> and <paramref name="end"/> in <paramref name="file"/> with
    /// <paramref name="content"/>; where the markers are absent, appends a section <paramref name="heading"/> holding them.
    /// </summary>
    public static void Write(string file, string begin, string end, string heading, string content)
    {
        if (!File.Exists(file)) throw new FileNotFoundException($"--markdown: no file {file}.", file);
        string text = File.ReadAllText(file);
        string block = $"{begin}\n{content.TrimEnd()}\n{end}";
        int b = text.IndexOf(begin, StringComparison.Ordinal);
        int e = b < 0 ? -1 : text.IndexOf(end, b, StringComparison.Ordinal);
        text = b >= 0 && e > b
            ? text[..b] + block + text[(e + end.Length)..]
            : text.TrimEnd() + $"\n\n{heading}\n\n{block}\n";
        File.WriteAllText(file, text);
    }
}
