using AnimLib.Core.Tests.Support;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Core.Tests.Text;

/// <summary>A frame of the authoring kit's labelled pieces at 854x480, compared with a reference PNG (tolerance in <see cref="ReferenceImages"/>).</summary>
public class AnnotatedFormulaFrameTests
{
    [Fact]
    public void IntegerMatrixBraceLabelAndTexParts()
    {
        var frame = LambdaScene.RenderFinalFrame(s =>
        {
            var matrix = new Matrix(new[,] { { 1, 0, -2 }, { 3, 12, 4 } }).SetColumnColors(Teal, White, Yellow).Shift(Left * 3.5 + Up * 1.2);
            var label = new BraceLabel(matrix, @"2 \times 3", fontSize: 40);
            var formula = new Tex("a^2", "+", "b^2", "=", "c^2").Shift(Right * 3 + Up * 1.2);
            formula.GetPart(0).SetColor(Blue);
            formula.GetPart(2).SetColor(Green);
            formula.GetPart(^1).SetColor(Red);
            var sides = new BraceText(formula.GetPart(0), "leg", braceDirection: Up, fontSize: 30);
            var paragraph = new Paragraph(["Matrices from numbers,", "braces with labels,", "formulas in parts."], fontSize: 32)
                .Shift(Down * 2.2);
            s.Add(matrix, label, formula, sides, paragraph);
        });
        ReferenceImages.AssertMatches(frame, nameof(AnnotatedFormulaFrameTests));
    }
}
