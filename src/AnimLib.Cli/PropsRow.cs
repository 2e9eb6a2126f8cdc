using System.Text.Json;

namespace AnimLib.Cli;

/// <summary>
/// One set of scene parameter values to render with: the values of <c>--props</c> and <c>--prop</c>, or one line of
/// <c>--props-batch</c> over them.
/// </summary>
/// <param name="Label">Where the values came from, for messages: <c>rows.jsonl:3</c>, or <c>--prop</c>.</param>
/// <param name="Values">The converted values, keyed by parameter name (see <see cref="SceneParameters.Convert"/>).</param>
/// <param name="Fields">Every field as given (parameters and naming fields), for the output name's placeholders.</param>
/// <param name="Output">This row's <c>--output</c>, its placeholders filled in; null for the default path.</param>
internal sealed record PropsRow(string Label, IReadOnlyDictionary<string, object?> Values, IReadOnlyDictionary<string, JsonElement> Fields, string? Output);
