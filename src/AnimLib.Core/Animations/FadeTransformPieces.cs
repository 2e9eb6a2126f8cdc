using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// <see cref="FadeTransform"/> piece by piece: the i-th submobject of the source cross-fades into the i-th of the target
/// (the shorter list is padded as in Transform alignment). At the end the scene holds the target.
/// </summary>
public class FadeTransformPieces : AnimationGroup
{
    private readonly Mobject _source;
    private readonly Mobject _target;

    private readonly List<Mobject> _targetCopies;

    /// <summary>Creates the animation.</summary>
    public FadeTransformPieces(Mobject mobject, Mobject target) : this(mobject, target, [])
    {
    }

    private FadeTransformPieces(Mobject mobject, Mobject target, List<Mobject> targetCopies) : base(BuildPieces(mobject, target, targetCopies).ToList())
    {
        _source = mobject;
        _target = target;
        _targetCopies = targetCopies;
    }

    private static IEnumerable<Animation> BuildPieces(Mobject source, Mobject target, List<Mobject> targetCopies)
    {
        var a = source.Submobjects.Count > 0 ? source.Submobjects.ToList() : [source];
        var b = target.Submobjects.Count > 0 ? target.Submobjects.ToList() : [target];
        int n = Math.Max(a.Count, b.Count);
        for (int i = 0; i < n; i++)
        {
            // With unequal counts, pieces of the shorter side are reused; reuses fade copies so each piece is animated once.
            int ia = i * a.Count / n, ib = i * b.Count / n;
            bool reusedSource = i > 0 && (i - 1) * a.Count / n == ia;
            bool reusedTarget = i > 0 && (i - 1) * b.Count / n == ib;
            var targetPiece = b[ib];
            if (reusedTarget)
            {
                targetPiece = targetPiece.DeepCopy();
                targetCopies.Add(targetPiece);
            }
            yield return new FadeTransform(reusedSource ? a[ia].DeepCopy() : a[ia], targetPiece);
        }
    }

    /// <inheritdoc/>
    public override void CleanUpFromScene(IStage scene)
    {
        base.CleanUpFromScene(scene);
        scene.Remove(_source);
        // Copies made for reused target pieces land on the real target; they must not stay behind as extra mobjects.
        scene.Remove(_targetCopies);
        scene.Add(_target);
    }
}
