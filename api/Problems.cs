using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api;

/// <summary>Problem-details answers for bad input, with a sentence that says what is wrong.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Index unavailable");
}
