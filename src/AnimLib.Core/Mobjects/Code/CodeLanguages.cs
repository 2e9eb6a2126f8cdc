namespace AnimLib.Mobjects;

/// <summary>
/// The languages <see cref="Code"/> highlights: every grammar TextMateSharp.Grammars ships, by its language id
/// (<c>csharp</c>, <c>python</c>, <c>javascript</c>, <c>typescript</c>, <c>json</c>, <c>shellscript</c>, <c>c</c>,
/// <c>cpp</c>, <c>rust</c>, <c>go</c>, ...), plus the short names people write (<c>C#</c>, <c>py</c>, <c>bash</c>, ...).
/// </summary>
public static class CodeLanguages
{
    // Names authors use that are not the grammars' ids; compared without case.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["c#"] = "csharp", ["cs"] = "csharp",
        ["py"] = "python",
        ["js"] = "javascript", ["ts"] = "typescript", ["jsx"] = "javascriptreact", ["tsx"] = "typescriptreact",
        ["bash"] = "shellscript", ["sh"] = "shellscript", ["shell"] = "shellscript", ["zsh"] = "shellscript",
        ["c++"] = "cpp", ["cxx"] = "cpp", ["h"] = "c", ["hpp"] = "cpp",
        ["rs"] = "rust", ["golang"] = "go", ["f#"] = "fsharp", ["yml"] = "yaml",
    };

    /// <summary>The language ids of every grammar that is available, sorted.</summary>
    public static IReadOnlyList<string> Known => CodeHighlighter.LanguageIds;

    /// <summary>
    /// The grammar's language id for <paramref name="language"/> (an id or an alias, any case).
    /// </summary>
    /// <exception cref="ArgumentException">No grammar has that name; the message lists the known ones.</exception>
    public static string Resolve(string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        var name = language.Trim();
        if (Aliases.TryGetValue(name, out var alias)) name = alias;
        var id = Known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        return id ?? throw new ArgumentException(
            $"Unknown code language \"{language}\". Known languages: {string.Join(", ", Known)} " +
            $"(also accepted: {string.Join(", ", Aliases.Keys.Order(StringComparer.OrdinalIgnoreCase))}).", nameof(language));
    }
}
