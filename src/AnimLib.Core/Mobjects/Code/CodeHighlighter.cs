using System.Collections.Concurrent;
using AnimLib.Geometry;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace AnimLib.Mobjects;

/// <summary>
/// Splits source text into coloured <see cref="CodeToken"/>s with TextMateSharp: the grammar gives each run of a line
/// its scopes, the theme gives the scopes a colour. One registry per theme is kept for the process (loading a theme
/// and compiling a grammar cost far more than tokenizing), and each is used by one thread at a time because
/// TextMateSharp's grammars keep matching state.
/// </summary>
internal static class CodeHighlighter
{
    // A line whose grammar takes longer than this keeps the colours found so far and the default for the rest,
    // so a pathological regular expression cannot hang a render.
    private static readonly TimeSpan LineTimeout = TimeSpan.FromSeconds(5);

    private static readonly Lazy<string[]> Ids = new(() => new RegistryOptions(ThemeName.DarkPlus).GetAvailableLanguages()
        .Select(l => l.Id).Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());

    private static readonly ConcurrentDictionary<string, Lazy<ThemedRegistry>> Registries = new(StringComparer.Ordinal);

    /// <summary>The language id of every grammar the package ships, sorted.</summary>
    internal static IReadOnlyList<string> LanguageIds => Ids.Value;

    /// <summary>The editor colours of <paramref name="theme"/> (a name from <see cref="CodeThemes.Known"/>).</summary>
    internal static CodePalette PaletteOf(string theme) => Registry(theme).Palette;

    /// <summary>
    /// The tokens of <paramref name="text"/> (lines split at <c>\n</c>, no tabs) in reading order: every run of
    /// non-space characters inside one grammar token becomes one <see cref="CodeToken"/>.
    /// </summary>
    internal static List<CodeToken> Tokenize(string text, string languageId, string theme)
    {
        var themed = Registry(theme);
        var tokens = new List<CodeToken>();
        lock (themed)
        {
            var grammar = themed.Grammar(languageId);
            IStateStack? state = null;
            int lineStart = 0, lineIndex = 0;
            foreach (var line in text.Split('\n'))
            {
                var result = grammar.TokenizeLine(line, state, LineTimeout);
                state = result.RuleStack;
                int covered = 0;
                foreach (var t in result.Tokens)
                {
                    int start = Math.Clamp(t.StartIndex, 0, line.Length), end = Math.Clamp(t.EndIndex, start, line.Length);
                    AddRuns(tokens, line, start, end, lineIndex, lineStart, t.Scopes.Count > 0 ? t.Scopes[^1] : "", themed.ColorOf(t.Scopes));
                    covered = Math.Max(covered, end);
                }
                // A line cut short by the timeout: the rest is drawn in the theme's plain colour.
                if (covered < line.Length) AddRuns(tokens, line, covered, line.Length, lineIndex, lineStart, "", themed.Palette.Foreground);
                lineStart += line.Length + 1;
                lineIndex++;
            }
        }
        return tokens;
    }

    private static void AddRuns(List<CodeToken> tokens, string line, int start, int end, int lineIndex, int lineStart, string scope, Color color)
    {
        int i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(line[i])) i++;
            int runStart = i;
            while (i < end && !char.IsWhiteSpace(line[i])) i++;
            if (i > runStart) tokens.Add(new CodeToken(line[runStart..i], lineIndex, runStart, lineStart + runStart, scope, color));
        }
    }

    private static ThemedRegistry Registry(string theme) =>
        Registries.GetOrAdd(theme, name => new Lazy<ThemedRegistry>(() => new ThemedRegistry(Enum.Parse<ThemeName>(name)))).Value;

    private sealed class ThemedRegistry
    {
        private readonly RegistryOptions _options;
        private readonly Registry _registry;
        private readonly Theme _theme;
        private readonly Dictionary<string, IGrammar> _grammars = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Color> _colorsByScopes = new(StringComparer.Ordinal);

        internal ThemedRegistry(ThemeName name)
        {
            _options = new RegistryOptions(name);
            _registry = new Registry(_options);
            _theme = _registry.GetTheme();
            var gui = _theme.GetGuiColorDictionary();
            var foreground = Gui(gui, "editor.foreground") ?? global::AnimLib.Palette.White;
            var background = Gui(gui, "editor.background") ?? Color.FromBytes(0x1E, 0x1E, 0x1E);
            Palette = new CodePalette(foreground, background,
                Gui(gui, "editorLineNumber.foreground") ?? Color.Interpolate(background, foreground, 0.45),
                Gui(gui, "editorCursor.foreground") ?? foreground);
        }

        internal CodePalette Palette { get; }

        internal IGrammar Grammar(string languageId)
        {
            if (_grammars.TryGetValue(languageId, out var grammar)) return grammar;
            var scope = _options.GetScopeByLanguageId(languageId)
                ?? throw new ArgumentException($"The grammar of \"{languageId}\" has no scope name.", nameof(languageId));
            grammar = _registry.LoadGrammar(scope)
                ?? throw new InvalidOperationException($"The grammar of \"{languageId}\" ({scope}) could not be loaded.");
            _grammars[languageId] = grammar;
            return grammar;
        }

        // The first rule of the most specific match that sets a foreground wins, as in the editors these themes come from.
        internal Color ColorOf(List<string> scopes)
        {
            string key = string.Join(' ', scopes);
            if (_colorsByScopes.TryGetValue(key, out var color)) return color;
            color = Palette.Foreground;
            foreach (var rule in _theme.Match(scopes))
            {
                if (rule.foreground <= 0) continue;
                if (ParseHex(_theme.GetColor(rule.foreground)) is { } c) color = c;
                break;
            }
            _colorsByScopes[key] = color;
            return color;
        }

        private static Color? Gui(IReadOnlyDictionary<string, string> gui, string key) =>
            gui.TryGetValue(key, out var value) ? ParseHex(value) : null;

        // Themes write #RGB, #RRGGBB or #RRGGBBAA; the alpha of a foreground is dropped.
        private static Color? ParseHex(string? hex)
        {
            if (string.IsNullOrEmpty(hex)) return null;
            if (hex.Length == 9 && hex[0] == '#') hex = hex[..7];
            try { return Color.Parse(hex); }
            catch (FormatException) { return null; }
        }
    }
}
