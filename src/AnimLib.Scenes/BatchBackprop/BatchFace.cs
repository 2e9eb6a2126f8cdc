using System.Numerics;
using static AnimLib.Anim;

namespace AnimLib.Scenes.BatchBackprop;

/// <summary>
/// One operand or result of the batched MLP picture: an axis-aligned translucent rectangle (a face of a matmul box)
/// with a Tex label at its centre turned toward the camera. Its methods return the animations of the notebook's state
/// changes (colour it, turn it into a gradient, hide it).
/// </summary>
internal sealed class BatchFace
{
    /// <summary>Fill opacity of a shown face (the notebook's α = 0.25).</summary>
    public const double FaceOpacity = 0.25;

    /// <summary>Edge opacity of a shown face; a little stronger than the fill so the box edges read on black.</summary>
    public const double EdgeOpacity = 0.7;

    private readonly Quaternion _labelOrientation;

    public BatchFace(Vector3[] corners, string tex, Color color, bool visible, Quaternion labelOrientation, double labelSize)
    {
        Tex = tex;
        LabelSize = labelSize;
        _labelOrientation = labelOrientation;
        Rect = new VMobject().SetPointsAsCorners([.. corners, corners[0]]);
        Rect.SetFill(color, visible ? FaceOpacity : 0).SetStroke(color, 2, visible ? EdgeOpacity : 0);
        Rect.ApplyDepthTest();
        Label = MakeLabel(tex);
        if (!visible) Label.SetOpacity(0);
        IsVisible = visible;
    }

    /// <summary>The rectangle.</summary>
    public VMobject Rect { get; }

    /// <summary>The label now shown (replaced when it becomes a gradient).</summary>
    public Tex Label { get; private set; }

    /// <summary>The label's Tex source, e.g. <c>W_1^{0}</c> or <c>\nabla x^{6}</c>.</summary>
    public string Tex { get; private set; }

    /// <summary>Font size of the label.</summary>
    public double LabelSize { get; }

    /// <summary>True while the face is shown.</summary>
    public bool IsVisible { get; private set; }

    /// <summary>Centre of the rectangle.</summary>
    public Vector3 Center => Rect.GetCenter();

    private Tex MakeLabel(string tex)
    {
        var label = new Tex(tex, LabelSize);
        label.MoveTo(Vector3.Zero);
        // Parallel to the screen, so the label reads upright whatever plane its face lies in.
        var q = _labelOrientation;
        label.ApplyPointsFunction(p => Vector3.Transform(p, q), Vector3.Zero);
        return label.MoveTo(Rect.GetCenter());
    }

    /// <summary>Shows the face in <paramref name="color"/> with its label (the notebook's <c>set_color</c>).</summary>
    public IEnumerable<Animation> SetColor(Color color)
    {
        IsVisible = true;
        yield return Rect.Animate().SetFill(color, FaceOpacity).SetStroke(color, opacity: EdgeOpacity);
        if (Label.GetOpacity() < 1) yield return Label.Animate().SetOpacity(1);
    }

    /// <summary>Turns the face red and prefixes its label with ∇ (the notebook's <c>make_grad</c>).</summary>
    public IEnumerable<Animation> MakeGrad(Color gradientColor)
    {
        IsVisible = true;
        yield return Rect.Animate().SetFill(gradientColor, FaceOpacity).SetStroke(gradientColor, opacity: EdgeOpacity);
        var old = Label;
        Tex = @"\nabla " + Tex;
        Label = MakeLabel(Tex);
        yield return FadeTransform(old, Label);
    }

    /// <summary>Hides the face and its label (the notebook's <c>hide</c>).</summary>
    public IEnumerable<Animation> Hide()
    {
        IsVisible = false;
        yield return Rect.Animate().SetFill(opacity: 0).SetStroke(opacity: 0);
        yield return Label.Animate().SetOpacity(0);
    }

    /// <summary>Thickens (or restores) the edge to mark the face as an input of the running matmul.</summary>
    public Animation Emphasize(bool on) => Rect.Animate().SetStroke(width: on ? 6 : 2, opacity: on ? 1 : (IsVisible ? EdgeOpacity : 0));
}
