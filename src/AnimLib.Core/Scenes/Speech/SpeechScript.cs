using System.Text.RegularExpressions;

namespace AnimLib.Scenes;

/// <summary>
/// The text of a voiceover split at its bookmarks: <c>Hello &lt;bookmark mark="a"/&gt; world</c> is the pieces
/// <c>Hello</c> and <c>world</c> with the mark <c>a</c> between them.
/// </summary>
public sealed partial class SpeechScript
{
    private SpeechScript(IReadOnlyList<string> pieces, IReadOnlyList<string> marks)
    {
        Pieces = pieces;
        Marks = marks;
        Text = Normalize(string.Join(" ", pieces));
    }

    /// <summary>The spoken text between the marks: one more piece than there are marks (a piece may be empty).</summary>
    public IReadOnlyList<string> Pieces { get; }

    /// <summary>Mark names in order; mark <c>i</c> lies between piece <c>i</c> and piece <c>i + 1</c>.</summary>
    public IReadOnlyList<string> Marks { get; }

    /// <summary>The whole text with the bookmarks taken out and runs of white space made one space (the subtitle).</summary>
    public string Text { get; }

    /// <summary>Splits <paramref name="text"/> at its <c>&lt;bookmark mark="name"/&gt;</c> tags.</summary>
    /// <exception cref="ArgumentException">A mark name is blank or used twice, or the text is blank.</exception>
    public static SpeechScript Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = new List<string>();
        var marks = new List<string>();
        int at = 0;
        foreach (Match m in Bookmark().Matches(text))
        {
            string name = m.Groups["name"].Value.Trim();
            if (name.Length == 0) throw new ArgumentException($"A bookmark in \"{text}\" has no name.", nameof(text));
            if (marks.Contains(name)) throw new ArgumentException($"The bookmark \"{name}\" appears twice in \"{text}\".", nameof(text));
            pieces.Add(Normalize(text[at..m.Index]));
            marks.Add(name);
            at = m.Index + m.Length;
        }
        pieces.Add(Normalize(text[at..]));
        var script = new SpeechScript(pieces, marks);
        if (script.Text.Length == 0) throw new ArgumentException("A voiceover needs some text to speak.", nameof(text));
        return script;
    }

    private static string Normalize(string s) => WhiteSpace().Replace(s, " ").Trim();

    [GeneratedRegex("""<\s*bookmark\s+mark\s*=\s*(?<q>["'])(?<name>.*?)\k<q>\s*/?\s*>""", RegexOptions.IgnoreCase)]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
