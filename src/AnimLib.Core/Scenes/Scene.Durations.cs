using System.Globalization;
using AnimLib.Animations;

namespace AnimLib.Scenes;

// Checks of the durations given to Play and Wait: a negative, NaN or infinite one used to give a negative frame count,
// no frames at all, or 2^31 of them.
public abstract partial class Scene
{
    /// <summary>
    /// A Play or Wait being set up: its errors name the scene, the call as written (<paramref name="opening"/> is the call up
    /// to its closing parenthesis, built only for an error), the bad value and the caller's file and line.
    /// </summary>
    private readonly struct TimedCall(Scene scene, Func<string> opening, string file, int line)
    {
        /// <summary>Throws unless <paramref name="seconds"/> is a finite number, 0 or more.</summary>
        /// <param name="seconds">The duration.</param>
        /// <param name="parameter">The parameter it was given as, shown in the call (null: the call's own argument or the animation's).</param>
        /// <param name="animation">The animation whose own run time it is, or null.</param>
        public void CheckRunTime(double seconds, string? parameter, Animation? animation = null)
        {
            if (double.IsFinite(seconds) && seconds >= 0) return;
            const string rule = "a finite number of seconds, 0 or more";
            throw Error(parameter, seconds, animation is null
                ? $"a duration must be {rule}."
                : $"{animation.Name} has a run time of {Format(seconds)} s; a run time must be {rule}.");
        }

        /// <summary>The frames <paramref name="seconds"/> (checked by <see cref="CheckRunTime"/>) take; throws when a segment cannot hold them.</summary>
        public int CheckFrames(double seconds, string? parameter)
        {
            double fps = scene.Fps;
            if (seconds * fps > int.MaxValue)
                throw Error(parameter, seconds,
                    $"{Format(seconds)} s at {Format(fps)} fps is {Format(Math.Ceiling(seconds * fps))} frames; a play or wait holds at most {int.MaxValue} ({Format(Math.Floor(int.MaxValue / fps / 86400))} days).");
            return scene.FrameCountFor(seconds);
        }

        private ArgumentOutOfRangeException Error(string? parameter, double value, string why)
        {
            string call = parameter is null ? opening() + ")" : $"{opening()}, {parameter}: {Format(value)})";
            string at = file.Length > 0 ? $" at {file}:{line.ToString(CultureInfo.InvariantCulture)}" : "";
            return new ArgumentOutOfRangeException(parameter ?? "duration", $"{call} in scene {scene.GetType().Name}{at}: {why}");
        }

        /// <summary>A number as the errors show it: invariant, shortest round-trip form (NaN, Infinity, 1E+300).</summary>
        public static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
