// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/keys/keycache.h"

#include "gateway-core/util/hexdigit.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstring>
#include <memory>

#include <openssl/evp.h>

namespace Tollgate::Keys {

KeyHash hashOf(QByteArrayView presented)
{
    // Every proxied request hashes its key. OpenSSL's SHA-256 (assembly, the CPU's SHA extensions
    // where it has them) with the digest fetched once and one context per thread takes a fraction
    // of Qt's portable implementation (about 10,000 instructions per key under callgrind).
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                                      &EVP_MD_CTX_free);
    KeyHash out;
    unsigned int size = 0;
    if (sha256 && context && EVP_DigestInit_ex(context.get(), sha256, nullptr) == 1
        && EVP_DigestUpdate(context.get(), presented.data(), size_t(presented.size())) == 1
        && EVP_DigestFinal_ex(context.get(), out.data(), &size) == 1 && size == out.size())
        return out;
    const QByteArray digest = QCryptographicHash::hash(presented, QCryptographicHash::Sha256);
    std::memcpy(out.data(), digest.constData(), out.size());
    return out;
}

bool hashFromHex(QByteArrayView hex, KeyHash *out)
{
    if (hex.size() != 64)
        return false;
    for (int i = 0; i < 32; ++i) {
        const int hi = Util::hexDigit(hex[2 * i]);
        const int lo = Util::hexDigit(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        (*out)[size_t(i)] = static_cast<unsigned char>(hi << 4 | lo);
    }
    return true;
}

bool KeyRecord::allowsModel(QByteArrayView model) const
{
    if (!models || models->isEmpty())
        return true;
    return std::binary_search(models->cbegin(), models->cend(), model,
                              [](QByteArrayView a, QByteArrayView b) { return a < b; });
}

ModelLimit KeyRecord::limitFor(QByteArrayView model) const
{
    if (!modelLimits)
        return {};
    return modelLimits->value(model.toByteArray());
}

size_t KeyCache::HashOf::operator()(const KeyHash &h) const noexcept
{
    // The key is already a cryptographic hash: its first bytes are uniformly spread.
    size_t v;
    std::memcpy(&v, h.data(), sizeof v);
    return v;
}

KeyCache::KeyCache()
    : m_shards(new Shard[ShardCount])
{
}

KeyCache::~KeyCache() = default;

KeyCache::Shard &KeyCache::shardFor(const KeyHash &hash) const
{
    return m_shards[hash[31] % ShardCount];
}

KeyEntry KeyCache::find(const KeyHash &hash) const
{
    const Shard &shard = shardFor(hash);
    std::shared_lock lock(shard.mutex);
    const auto it = shard.entries.find(hash);
    return it == shard.entries.end() ? KeyEntry{} : it->second;
}

void KeyCache::eraseHash(const KeyHash &hash)
{
    Shard &shard = shardFor(hash);
    std::unique_lock lock(shard.mutex);
    shard.entries.erase(hash);
}

void KeyCache::put(std::shared_ptr<const KeyRecord> record, const KeyHash &hash, const KeyHash *previousHash,
                   qint64 previousValidUntilMs)
{
    std::lock_guard index(m_indexMutex);
    putLocked(std::move(record), hash, previousHash, previousValidUntilMs);
}

void KeyCache::putMany(std::vector<Publication> &publications)
{
    std::lock_guard index(m_indexMutex);
    for (Publication &p : publications)
        putLocked(std::move(p.record), p.hash, p.hasPrevious ? &p.previousHash : nullptr, p.previousValidUntilMs);
    publications.clear();
}

void KeyCache::putLocked(std::shared_ptr<const KeyRecord> record, const KeyHash &hash, const KeyHash *previousHash,
                         qint64 previousValidUntilMs)
{
    const QByteArray id = record->keyId;
    const auto oldCurrent = m_currentHash.constFind(id);
    if (oldCurrent != m_currentHash.cend() && *oldCurrent != hash && (!previousHash || *oldCurrent != *previousHash))
        eraseHash(*oldCurrent);
    const auto oldPrevious = m_previousHash.constFind(id);
    if (oldPrevious != m_previousHash.cend() && *oldPrevious != hash && (!previousHash || *oldPrevious != *previousHash))
        eraseHash(*oldPrevious);
    {
        Shard &shard = shardFor(hash);
        std::unique_lock lock(shard.mutex);
        shard.entries[hash] = KeyEntry{record, 0};
    }
    m_currentHash.insert(id, hash);
    if (previousHash) {
        Shard &shard = shardFor(*previousHash);
        std::unique_lock lock(shard.mutex);
        shard.entries[*previousHash] = KeyEntry{record, previousValidUntilMs};
        m_previousHash.insert(id, *previousHash);
    } else {
        m_previousHash.remove(id);
    }
}

bool KeyCache::update(std::shared_ptr<const KeyRecord> record)
{
    std::lock_guard index(m_indexMutex);
    const auto current = m_currentHash.constFind(record->keyId);
    if (current == m_currentHash.cend())
        return false;
    std::vector<KeyHash> hashes{*current};
    if (const auto previous = m_previousHash.constFind(record->keyId); previous != m_previousHash.cend())
        hashes.push_back(*previous);
    for (const KeyHash &hash : hashes) {
        Shard &shard = shardFor(hash);
        std::unique_lock lock(shard.mutex);
        auto entry = shard.entries.find(hash);
        if (entry != shard.entries.end())
            entry->second.record = record;
    }
    return true;
}

void KeyCache::remove(const QByteArray &keyId)
{
    std::lock_guard index(m_indexMutex);
    if (const auto it = m_currentHash.find(keyId); it != m_currentHash.end()) {
        eraseHash(*it);
        m_currentHash.erase(it);
    }
    if (const auto it = m_previousHash.find(keyId); it != m_previousHash.end()) {
        eraseHash(*it);
        m_previousHash.erase(it);
    }
}

void KeyCache::clear()
{
    std::lock_guard index(m_indexMutex);
    for (size_t i = 0; i < ShardCount; ++i) {
        std::unique_lock lock(m_shards[i].mutex);
        m_shards[i].entries.clear();
    }
    m_currentHash.clear();
    m_previousHash.clear();
}

void KeyCache::reserve(size_t keys)
{
    std::lock_guard index(m_indexMutex);
    m_currentHash.reserve(qsizetype(keys + size_t(m_currentHash.size())));
    for (size_t i = 0; i < ShardCount; ++i) {
        std::unique_lock lock(m_shards[i].mutex);
        m_shards[i].entries.reserve(m_shards[i].entries.size() + keys / ShardCount + 16);
    }
}

size_t KeyCache::size() const
{
    std::lock_guard index(m_indexMutex);
    return size_t(m_currentHash.size());
}

QList<QByteArray> KeyCache::keyIds() const
{
    std::lock_guard index(m_indexMutex);
    return m_currentHash.keys();
}

QByteArray KeyCache::intern(const QByteArray &text)
{
    if (text.isEmpty())
        return {};
    std::lock_guard lock(m_internMutex);
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend())
        return *it;
    m_strings.insert(text);
    return text;
}

std::shared_ptr<const QList<QByteArray>> KeyCache::internModels(QList<QByteArray> models)
{
    std::sort(models.begin(), models.end());
    models.erase(std::unique(models.begin(), models.end()), models.end());
    const QByteArray signature = models.join('\n');
    std::lock_guard lock(m_internMutex);
    if (auto existing = m_interned.value(signature).lock())
        return existing;
    auto shared = std::make_shared<const QList<QByteArray>>(std::move(models));
    m_interned.insert(signature, shared);
    return shared;
}

} // namespace Tollgate::Keys
