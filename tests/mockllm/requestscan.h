// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>

namespace Tollgate::MockLlm {

/// Token count of a text under the mock's rule: ceil(UTF-8 bytes / 4).
constexpr qint64 textTokens(qint64 utf8Bytes)
{
    return (utf8Bytes + 3) / 4;
}
/// Tokens a chat message costs besides its content (role and framing).
constexpr qint64 MessageOverheadTokens = 4;

/// One element of "prompt" or "input": its token count and a hash of its decoded text.
struct ScannedText
{
    qint64 tokens = 0;
    quint64 hash = 0;
};

/// The fields of an OpenAI request body the mock needs, found by a single validating pass over
/// the JSON without building a document (views point into the scanned body).
struct ScannedRequest
{
    QByteArrayView model;      ///< as written between the quotes (still JSON-escaped)
    bool hasModel = false;
    bool stream = false;
    bool includeUsage = false;
    qint64 maxTokens = -1;     ///< min of max_tokens / max_completion_tokens; -1 when neither
    qint64 dimensions = -1;    ///< embeddings "dimensions"
    QByteArrayView encodingFormat;

    bool hasMessages = false;
    qint64 messageTokens = 0;  ///< sum over messages of (4 + textTokens(content bytes))
    quint64 messageHash = 0;

    bool hasPrompt = false;
    QVarLengthArray<ScannedText, 4> prompt;
    bool hasInput = false;
    QVarLengthArray<ScannedText, 4> input;

    QByteArray error;          ///< why the body was rejected; empty when it was accepted

    static qint64 total(const QVarLengthArray<ScannedText, 4> &texts);
};

/// Scans @p body (a JSON object). Returns false with out.error set when the body is not valid
/// JSON or a known field has the wrong type. Escaped strings are decoded for counting only.
bool scanRequest(QByteArrayView body, ScannedRequest &out);

/// The model name decoded from its JSON-escaped form (a copy only when it holds escapes).
QByteArray decodeJsonString(QByteArrayView escaped);

/// 64-bit mixer used to derive token ids and embedding values from a text hash.
constexpr quint64 splitMix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace Tollgate::MockLlm
