using AnimLib.Core.Tests.Support;
using AnimLib.Mobjects;

namespace AnimLib.Core.Tests.Code;

/// <summary>Tokens and colours of <see cref="AnimLib.Mobjects.Code"/>, languages, themes, fonts and selection.</summary>
[Collection(FontWarningsCollection.Name)]
public class CodeHighlightingTests
{
    [Fact]
    public void CSharpTokensTakeDarkPlusColours()
    {
        var code = new AnimLib.Mobjects.Code("public int Sum(int[] xs) { return 42; } // done", "csharp");
        Assert.Equal(CodeThemes.Default, code.Theme);
        var colours = code.Tokens.Select(t => (t.Text, t.Color.ToHex())).ToList();
        // VS Code's Dark+: keywords #569CD6, functions #DCDCAA, parameters #9CDCFE, control flow #C586C0,
        // numbers #B5CEA8, comments #6A9955, punctuation the editor foreground #D4D4D4.
        Assert.Equal(
        [
            ("public", "#569CD6"), ("int", "#569CD6"), ("Sum", "#DCDCAA"), ("(", "#D4D4D4"), ("int", "#569CD6"), ("[", "#D4D4D4"),
            ("]", "#D4D4D4"), ("xs", "#9CDCFE"), (")", "#D4D4D4"), ("{", "#D4D4D4"), ("return", "#C586C0"), ("42", "#B5CEA8"),
            (";", "#D4D4D4"), ("}", "#D4D4D4"), ("//", "#6A9955"), ("done", "#6A9955"),
        ], colours);
        // Each token's glyphs carry its colour.
        for (int i = 0; i < code.Tokens.Count; i++)
            Assert.All(code.Token(i).GetFamily().OfType<VMobject>().Where(m => m.Points.Length > 0), g => Assert.Equal(code.Tokens[i].Color, g.FillColor));
        Assert.Equal(code.Tokens.Sum(t => t.Text.Length), code.Body.GetFamily().Count(m => m.Points.Length > 0));
    }

    [Theory]
    [InlineData("csharp", "var x = 1; // c")]
    [InlineData("python", "def f(x):\n    return x  # c")]
    [InlineData("javascript", "const f = (x) => x + 1; // c")]
    [InlineData("typescript", "let n: number = 1; // c")]
    [InlineData("json", "{\"a\": 1, \"b\": true}")]
    [InlineData("bash", "echo \"$HOME\" # c")]
    [InlineData("c", "int main(void) { return 0; }")]
    [InlineData("C++", "std::vector<int> v; // c")]
    [InlineData("rust", "fn main() { let x = 1; }")]
    [InlineData("go", "func main() { x := 1 }")]
    public void EachRequiredLanguageHighlights(string language, string source)
    {
        var code = new AnimLib.Mobjects.Code(source, language);
        Assert.True(code.Tokens.Select(t => t.Color).Distinct().Count() >= 2, $"{language}: one colour only");
    }

    [Fact]
    public void UnknownLanguageListsTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => new AnimLib.Mobjects.Code("x", "klingon"));
        Assert.Contains("\"klingon\"", error.Message);
        foreach (var id in new[] { "csharp", "python", "javascript", "typescript", "json", "shellscript", "c", "cpp", "rust", "go" })
            Assert.Contains(id, error.Message);
    }

    [Fact]
    public void ThemesAreChosenByNameAndUnknownOnesAreListed()
    {
        var monokai = new AnimLib.Mobjects.Code("return 1;", "csharp", theme: "monokai");
        Assert.Equal("Monokai", monokai.Theme);
        Assert.NotEqual(new AnimLib.Mobjects.Code("return 1;", "csharp").Tokens[0].Color, monokai.Tokens[0].Color);
        var error = Assert.Throws<ArgumentException>(() => new AnimLib.Mobjects.Code("x", theme: "Sepia"));
        Assert.Contains("DarkPlus", error.Message);
    }

    [Fact]
    public void TabsBecomeSpacesToTheNextStop()
    {
        var code = new AnimLib.Mobjects.Code("a\tb\r\n\tc\n", "csharp", tabSize: 4);
        Assert.Equal("a   b\n    c", code.Source);
        Assert.Equal(2, code.LineCount);
        Assert.Equal((1, 4), (code.Tokens[^1].Line, code.Tokens[^1].Column));
    }

    [Fact]
    public void MissingMonospaceFamilyFallsBackToAMonospaceFaceWithOneWarning()
    {
        string family = $"AnimLib Missing Mono {Guid.NewGuid():N}";
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var previous = MissingFontWarnings.Sink;
        MissingFontWarnings.Sink = lines.Enqueue;
        try
        {
            var code = new AnimLib.Mobjects.Code("xx", font: family);
            _ = new AnimLib.Mobjects.Code("yy", font: family);
            Assert.NotEqual(family, code.Font);
            // Monospace: two equal glyphs side by side are one column apart.
            Assert.Equal(code.Model.Cell, code.Token(0)[1].GetLeft().X - code.Token(0)[0].GetLeft().X, 3);
        }
        finally
        {
            MissingFontWarnings.Sink = previous;
        }
        Assert.Single(lines, l => l.Contains(family));
    }

    [Fact]
    public void LinesFindAndTokenSelectGlyphs()
    {
        var code = new AnimLib.Mobjects.Code(CodeSamples.Original, "csharp");
        Assert.Equal(7, code.LineCount);
        Assert.Equal(7, code.LineNumbers!.Count);
        var lines = code.Lines(3, 5);
        Assert.Equal(["int", "total", "=", "0", ";", "foreach", "(", "var", "v", "in", "values", ")", "total", "+=", "v", ";"],
            lines.Members.Select(g => code.Tokens[code.Body.Members.ToList().IndexOf(g)].Text));
        var totals = code.Find("total");
        Assert.Equal(3, totals.Count);
        Assert.All(totals.Members, g => Assert.Equal(5, g.Count));
        Assert.Same(code.Body[0], code.Token(0));
        Assert.Equal("static", code.Tokens[0].Text);
        Assert.Throws<ArgumentOutOfRangeException>(() => code.Lines(6, 9));
    }
}
