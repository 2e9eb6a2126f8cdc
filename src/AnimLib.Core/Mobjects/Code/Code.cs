using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// Source code on screen, highlighted by TextMate grammars and themes: one glyph group per token (a run of non-space
/// characters with one colour), optional line numbers, and a rounded background panel, centred at the origin. Select
/// parts with <see cref="Lines"/>, <see cref="Find"/> and <see cref="Token"/>; <see cref="SetSource"/> changes the text
/// (under <c>Animate()</c> it animates only what changed).
/// </summary>
/// <remarks>
/// Children, in drawing order: <see cref="Background"/> (when on), <see cref="LineNumbers"/> (when on), <see cref="Body"/>.
/// The text is set in a monospace face found through the font manager; a missing family falls back to an installed
/// monospace one with a single warning. A tab advances to the next multiple of <c>tabSize</c> columns, and one trailing
/// line break is dropped so a file and a raw string literal of the same code look alike.
/// </remarks>
public partial class Code : VGroup
{
    /// <summary>The monospace family used when none is given.</summary>
    public static string DefaultFont { get; set; } = "DejaVu Sans Mono";

    /// <summary>The font size used when none is given, as Manim's <c>Code</c>.</summary>
    public const double DefaultFontSize = 24;

    private CodeModel _model;
    private VMobject? _background;
    private VGroup<VGroup>? _lineNumbers;
    private VGroup<VGroup> _body;

    /// <summary>Highlights <paramref name="source"/>.</summary>
    /// <param name="source">The code; <c>\r\n</c> and <c>\r</c> count as line breaks.</param>
    /// <param name="language">
    /// A grammar's language id or a common alias: <c>csharp</c>/<c>C#</c>, <c>python</c>, <c>javascript</c>,
    /// <c>typescript</c>, <c>json</c>, <c>bash</c>, <c>c</c>, <c>cpp</c>, <c>rust</c>, <c>go</c> and the rest of
    /// <see cref="CodeLanguages.Known"/>.
    /// </param>
    /// <param name="theme">A theme name from <see cref="CodeThemes.Known"/>; <see cref="CodeThemes.Default"/> (Dark+) when null.</param>
    /// <param name="fontSize">Size in points, on the same scale as <see cref="Text"/>.</param>
    /// <param name="font">A monospace family; <see cref="DefaultFont"/> when null.</param>
    /// <param name="lineNumbers">Show line numbers in a column at the left.</param>
    /// <param name="background">Draw the theme's editor background as a rounded panel behind the code.</param>
    /// <param name="tabSize">Columns between tab stops.</param>
    /// <param name="firstLineNumber">The number shown on the first line (and used by <see cref="Lines"/>).</param>
    /// <param name="lineSpacing">Line pitch as a multiple of the font's line height.</param>
    /// <param name="cornerRadius">Corner radius of the panel, scene units.</param>
    /// <param name="padding">Space between the text and the panel's edge, scene units.</param>
    /// <param name="backgroundColor">Panel colour; the theme's editor background when null.</param>
    /// <exception cref="ArgumentException">The language or theme is unknown (the message lists the known ones).</exception>
    public Code(string source, string language = "csharp", string? theme = null, double fontSize = DefaultFontSize, string? font = null,
        bool lineNumbers = true, bool background = true, int tabSize = 4, int firstLineNumber = 1, double lineSpacing = 1.0,
        double cornerRadius = 0.2, double padding = 0.25, Color? backgroundColor = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (fontSize <= 0) throw new ArgumentOutOfRangeException(nameof(fontSize), fontSize, "Font size must be positive.");
        if (tabSize < 1) throw new ArgumentOutOfRangeException(nameof(tabSize), tabSize, "Tab size must be at least 1.");
        var options = new CodeOptions(CodeLanguages.Resolve(language), CodeThemes.Resolve(theme), fontSize, CodeFonts.Resolve(font ?? DefaultFont),
            lineNumbers, background, tabSize, firstLineNumber, lineSpacing, cornerRadius, padding, backgroundColor);
        (_model, _background, _lineNumbers, _body) = CodeBuilder.Build(source, options);
        AdoptChildren();
    }

    /// <summary>The shown text: line breaks as <c>\n</c>, tabs expanded to spaces.</summary>
    public string Source => _model.Source;

    /// <summary>The grammar's language id, such as <c>csharp</c>.</summary>
    public string Language => _model.Options.Language;

    /// <summary>The theme's name, such as <c>DarkPlus</c>.</summary>
    public string Theme => _model.Options.Theme;

    /// <summary>The theme's editor colours.</summary>
    public CodePalette Palette => CodeHighlighter.PaletteOf(Theme);

    /// <summary>The font size given at creation.</summary>
    public double FontSize => _model.Options.FontSize;

    /// <summary>The font family the code is set in (after any fallback).</summary>
    public string Font => _model.Options.Font;

    /// <summary>Number of lines.</summary>
    public int LineCount => _model.LineCount;

    /// <summary>The number shown on the first line.</summary>
    public int FirstLineNumber => _model.Options.FirstLineNumber;

    /// <summary>Every token in reading order; token <c>i</c> is drawn by <c>Token(i)</c>.</summary>
    public IReadOnlyList<CodeToken> Tokens => _model.Tokens;

    /// <summary>The token glyph groups, one per entry of <see cref="Tokens"/>.</summary>
    public VGroup<VGroup> Body => _body;

    /// <summary>One group of digit glyphs per line, or null when line numbers are off.</summary>
    public VGroup<VGroup>? LineNumbers => _lineNumbers;

    /// <summary>The rounded panel behind the code, or null when it is off.</summary>
    public VMobject? Background => _background;

    internal CodeModel Model => _model;

    /// <summary>The glyphs of token <paramref name="index"/> (0-based, in reading order; <c>^1</c> is the last).</summary>
    public VGroup Token(Index index) => _body[index];

    /// <summary>
    /// The tokens on lines <paramref name="first"/> to <paramref name="last"/>, both included, counted as the line
    /// numbers show them (from <see cref="FirstLineNumber"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty or outside the code.</exception>
    public VGroup<VGroup> Lines(int first, int last)
    {
        var (from, to) = LineIndices(first, last);
        return new VGroup<VGroup>(_model.Tokens.Select((t, i) => (t, i)).Where(x => x.t.Line >= from && x.t.Line <= to).Select(x => _body[x.i]));
    }

    /// <summary>The tokens of one line, numbered as shown.</summary>
    public VGroup<VGroup> Line(int number) => Lines(number, number);

    /// <summary>
    /// Every occurrence of <paramref name="text"/> in <see cref="Source"/> (exact, case-sensitive, non-overlapping, left to
    /// right), each as a group of its glyphs; a match may cover part of a token or several tokens. None gives an empty group.
    /// </summary>
    public VGroup<VGroup> Find(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        var glyphs = GlyphsBySourceIndex();
        var found = new List<VGroup>();
        int at = 0;
        while ((at = Source.IndexOf(text, at, StringComparison.Ordinal)) >= 0)
        {
            int end = at + text.Length;
            found.Add(new VGroup(glyphs.Where(g => g.Char >= at && g.Char < end).Select(g => g.Glyph)));
            at = end;
        }
        return new VGroup<VGroup>(found);
    }

    /// <summary>
    /// Every glyph of the code's text (not the line numbers) with the source index of its character, in reading order.
    /// </summary>
    internal List<(VMobject Glyph, int Char)> GlyphsBySourceIndex()
    {
        var list = new List<(VMobject, int)>();
        for (int t = 0; t < _model.Tokens.Count && t < _body.Count; t++)
        {
            var chars = _model.GlyphChars[t];
            var group = _body[t];
            for (int g = 0; g < group.Count && g < chars.Length; g++) list.Add(((VMobject)group[g], chars[g]));
        }
        return list;
    }

    /// <summary>Line indices (0-based) of the shown line numbers <paramref name="first"/>..<paramref name="last"/>.</summary>
    internal (int From, int To) LineIndices(int first, int last)
    {
        int from = first - FirstLineNumber, to = last - FirstLineNumber;
        if (from > to || from < 0 || to >= LineCount)
            throw new ArgumentOutOfRangeException(nameof(first), $"Lines {first}..{last} are not within the code's lines {FirstLineNumber}..{FirstLineNumber + LineCount - 1}.");
        return (from, to);
    }

    private void AdoptChildren()
    {
        ClearCore();
        var children = new List<VMobject>();
        if (_background is not null) children.Add(_background);
        if (_lineNumbers is not null) children.Add(_lineNumbers);
        children.Add(_body);
        AddCore(children);
    }

    /// <inheritdoc/>
    protected override void RemapReferences(Mobject original, IReadOnlyDictionary<Mobject, Mobject> map)
    {
        base.RemapReferences(original, map);
        if (_background is not null) _background = Remap(_background, map);
        if (_lineNumbers is not null) _lineNumbers = Remap(_lineNumbers, map);
        _body = Remap(_body, map);
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var first = Source.Split('\n')[0];
        return $"Code({Language}, \"{(first.Length > 30 ? first[..30] + "…" : first)}\"{(LineCount > 1 ? $", {LineCount} lines" : "")})";
    }
}
