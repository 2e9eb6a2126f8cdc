using System.Numerics;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Transforms a copy of the mobject into the target (the original stays); the scene then holds the target.</summary>
public class TransformFromCopy : ReplacementTransform
{
    /// <summary>Creates the animation.</summary>
    public TransformFromCopy(Mobject mobject, Mobject target, double pathArc = 0, Vector3? pathArcAxis = null)
        : base(mobject.DeepCopy(), target, pathArc, pathArcAxis)
    {
    }
}
