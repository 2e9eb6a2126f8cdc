namespace AnimLib.Core.Tests.Text;

/// <summary>
/// Widths and heights of set text against the values the previous, Pango-based layout gave. The expected numbers were
/// measured with the Pango engine (Pango 1.50.12, HarfBuzz 6.0 shaping) on 2026-12-07, with CMU Serif (Debian
/// fonts-cmu) and DejaVu Sans (fonts-dejavu-core). Widths agree within 0.01 %; heights differ by up to 3.3 % because
/// Pango's outlines were hinted at the 48-unit reference size (glyph tops and bottoms snapped to 1/48 em) while Skia's
/// outlines are the unhinted design, so heights are held to 4 %.
/// </summary>
public class TextMetricsTests
{
    [Theory]
    [InlineData("CMU Serif", 24, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Hello, World!", 1.032056, 0.171000)]
    [InlineData("CMU Serif", 24, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Attention", 0.756794, 0.134900)]
    [InlineData("CMU Serif", 24, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Multilayer Perceptron", 1.740044, 0.169337)]
    [InlineData("CMU Serif", 24, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "fi fl ffi", 0.487469, 0.132941)]
    [InlineData("CMU Serif", 24, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "AVATAR Wave", 1.225084, 0.138403)]
    [InlineData("CMU Serif", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Hello, World!", 2.064113, 0.342000)]
    [InlineData("CMU Serif", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Attention", 1.513587, 0.269800)]
    [InlineData("CMU Serif", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Multilayer Perceptron", 3.480087, 0.338675)]
    [InlineData("CMU Serif", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "fi fl ffi", 0.974938, 0.265881)]
    [InlineData("CMU Serif", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "AVATAR Wave", 2.450169, 0.276806)]
    [InlineData("CMU Serif", 72, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Hello, World!", 3.096169, 0.513000)]
    [InlineData("CMU Serif", 72, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Attention", 2.270381, 0.404700)]
    [InlineData("CMU Serif", 72, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Multilayer Perceptron", 5.220131, 0.508012)]
    [InlineData("CMU Serif", 72, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "fi fl ffi", 1.462406, 0.398822)]
    [InlineData("CMU Serif", 72, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "AVATAR Wave", 3.675253, 0.415209)]
    [InlineData("DejaVu Sans", 24, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Hello, World!", 1.122069, 0.163400)]
    [InlineData("DejaVu Sans", 24, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Attention", 0.824481, 0.142500)]
    [InlineData("DejaVu Sans", 24, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Multilayer Perceptron", 1.906175, 0.178600)]
    [InlineData("DejaVu Sans", 24, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "fi fl ffi", 0.500591, 0.140600)]
    [InlineData("DejaVu Sans", 24, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "AVATAR Wave", 1.229716, 0.134900)]
    [InlineData("DejaVu Sans", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Hello, World!", 2.244138, 0.326800)]
    [InlineData("DejaVu Sans", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Attention", 1.648962, 0.285000)]
    [InlineData("DejaVu Sans", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Multilayer Perceptron", 3.812350, 0.357200)]
    [InlineData("DejaVu Sans", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "fi fl ffi", 1.001181, 0.281200)]
    [InlineData("DejaVu Sans", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "AVATAR Wave", 2.459431, 0.269800)]
    [InlineData("DejaVu Sans", 72, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Hello, World!", 3.366206, 0.490200)]
    [InlineData("DejaVu Sans", 72, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Attention", 2.473444, 0.427500)]
    [InlineData("DejaVu Sans", 72, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Multilayer Perceptron", 5.718525, 0.535800)]
    [InlineData("DejaVu Sans", 72, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "fi fl ffi", 1.501772, 0.421800)]
    [InlineData("DejaVu Sans", 72, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "AVATAR Wave", 3.689147, 0.404700)]
    [InlineData("CMU Serif", 48, FontWeight.Bold, FontSlant.Normal, TextAlignment.Center, "Hello, World!", 2.418819, 0.320388)]
    [InlineData("CMU Serif", 48, FontWeight.Normal, FontSlant.Italic, TextAlignment.Center, "Hello, World!", 2.150325, 0.326800)]
    [InlineData("CMU Serif", 48, FontWeight.Bold, FontSlant.Italic, TextAlignment.Center, "Attention", 1.712137, 0.266000)]
    [InlineData("CMU Serif", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Facts about Michael Jordan\nstored in the MLP", 4.446832, 0.751502)]
    [InlineData("CMU Serif", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Left, "Facts about Michael Jordan\nstored in the MLP", 4.446832, 0.751502)]
    [InlineData("CMU Serif", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Right, "a long line\nb\nccc", 1.633288, 1.240329)]
    [InlineData("DejaVu Sans", 48, FontWeight.Bold, FontSlant.Normal, TextAlignment.Center, "Hello, World!", 2.597419, 0.334400)]
    [InlineData("DejaVu Sans", 48, FontWeight.Normal, FontSlant.Italic, TextAlignment.Center, "Hello, World!", 2.310875, 0.326800)]
    [InlineData("DejaVu Sans", 48, FontWeight.Bold, FontSlant.Italic, TextAlignment.Center, "Attention", 1.934319, 0.285000)]
    [InlineData("DejaVu Sans", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Center, "Facts about Michael Jordan\nstored in the MLP", 4.777550, 0.693574)]
    [InlineData("DejaVu Sans", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Left, "Facts about Michael Jordan\nstored in the MLP", 4.793581, 0.693574)]
    [InlineData("DejaVu Sans", 48, FontWeight.Normal, FontSlant.Normal, TextAlignment.Right, "a long line\nb\nccc", 1.838844, 1.102149)]
    public void MatchesThePreviousLayout(string font, double fontSize, FontWeight weight, FontSlant slant, TextAlignment alignment,
        string text, double width, double height)
    {
        var set = new AnimLib.Mobjects.Text(text, fontSize: fontSize, font: font, weight: weight, slant: slant, alignment: alignment);
        Assert.InRange(set.GetWidth(), width * 0.995, width * 1.005);
        Assert.InRange(set.GetHeight(), height * 0.96, height * 1.04);
    }
}
