using System.Numerics;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Transforms a mobject into a copy whose every point p became <c>function(p)</c> (absolute coordinates, about the origin).</summary>
public class ApplyPointwiseFunction : ApplyMethod
{
    /// <summary>Creates the animation.</summary>
    public ApplyPointwiseFunction(Func<Vector3, Vector3> function, Mobject mobject)
        : base(mobject, m => m.ApplyFunction(function ?? throw new ArgumentNullException(nameof(function))))
    {
    }
}
