using System.Numerics;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// The machinery shared by <see cref="TransformMatchingStrings"/> and <see cref="TransformMatchingShapes"/>: matched
/// pieces of the source morph into their counterparts in the target, unmatched source pieces shrink away toward the
/// target's centre, unmatched target pieces grow out of the source's centre. At the end the scene holds the target.
/// </summary>
public abstract class TransformMatchingParts : AnimationGroup
{
    private readonly Mobject _source;
    private readonly Mobject _target;

    /// <summary>Creates the group from the matched pairs and leftovers a subclass computed.</summary>
    protected TransformMatchingParts(Mobject source, Mobject target, MatchPlan plan, double pathArc, double runTime, double lagRatio)
        : base(BuildAnimations(source, target, plan, pathArc), runTime, lagRatio)
    {
        _source = source;
        _target = target;
    }

    /// <summary>What a subclass matched: pairs of glyph lists, and the leftovers of each side.</summary>
    /// <param name="Pairs">Source pieces and the target pieces they become.</param>
    /// <param name="SourceLeftovers">Source pieces with no counterpart.</param>
    /// <param name="TargetLeftovers">Target pieces with no counterpart.</param>
    protected sealed record MatchPlan(List<(List<VMobject> From, List<VMobject> To)> Pairs, List<VMobject> SourceLeftovers, List<VMobject> TargetLeftovers);

    private static List<Animation> BuildAnimations(Mobject source, Mobject target, MatchPlan plan, double pathArc)
    {
        var anims = new List<Animation>();
        foreach (var (from, to) in plan.Pairs)
            anims.Add(new Transform(new VGroup(from), new VGroup(to.Select(t => (VMobject)t.DeepCopy())), pathArc));
        var targetCenter = target.GetCenter();
        var sourceCenter = source.GetCenter();
        foreach (var piece in plan.SourceLeftovers)
            anims.Add(new Transform(piece, Shrunk(piece, targetCenter), pathArc) { Remover = true });
        foreach (var piece in plan.TargetLeftovers)
        {
            // Start the target piece shrunk at the source's centre; it grows into its place.
            var end = piece.DeepCopy();
            piece.Become(Shrunk(piece, sourceCenter));
            anims.Add(new Transform(piece, end, pathArc));
        }
        return anims;
    }

    private static Mobject Shrunk(Mobject piece, Vector3 point)
    {
        var ghost = piece.DeepCopy();
        ghost.Scale(1e-3);
        ghost.MoveTo(point);
        ghost.SetOpacity(0);
        return ghost;
    }

    /// <inheritdoc/>
    public override void CleanUpFromScene(IStage scene)
    {
        base.CleanUpFromScene(scene);
        scene.Remove(GetMobjectsToAdd().ToList());
        scene.Remove(_source);
        scene.Add(_target);
    }

    /// <summary>
    /// True when two glyphs have the same shape: same number of points and, after moving each to the origin and scaling it
    /// to unit height, every point within 1 % of the width.
    /// </summary>
    protected static bool SameShape(VMobject a, VMobject b)
    {
        if (a.Points.Length != b.Points.Length || a.Points.Length == 0) return false;
        var na = Normalized(a);
        var nb = Normalized(b);
        float tol = 0.01f * Math.Max(na.Width, 1e-6f);
        for (int i = 0; i < na.Points.Length; i++)
            if (Vector3.Distance(na.Points[i], nb.Points[i]) > tol) return false;
        return true;
    }

    private static (Vector3[] Points, float Width) Normalized(VMobject m)
    {
        var c = m.GetCenter();
        float h = (float)Math.Max(m.GetHeight(), 1e-6);
        return (m.Points.Select(p => (p - c) / h).ToArray(), (float)(m.GetWidth() / h));
    }
}
