// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/keys/keycache.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstring>

namespace Tollgate::Keys {

KeyHash hashOf(QByteArrayView presented)
{
    KeyHash out;
    const QByteArray digest = QCryptographicHash::hash(presented, QCryptographicHash::Sha256);
    std::memcpy(out.data(), digest.constData(), out.size());
    return out;
}

bool hashFromHex(QByteArrayView hex, KeyHash *out)
{
    if (hex.size() != 64)
        return false;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (int i = 0; i < 32; ++i) {
        const int hi = nibble(hex[2 * i]);
        const int lo = nibble(hex[2 * i + 1]);
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
    std::vector<KeyHash> &hashes = m_hashesByKeyId[record->keyId];
    for (const KeyHash &old : hashes) {
        if (old != hash && (!previousHash || old != *previousHash))
            eraseHash(old);
    }
    hashes.clear();
    {
        Shard &shard = shardFor(hash);
        std::unique_lock lock(shard.mutex);
        shard.entries[hash] = KeyEntry{record, 0};
    }
    hashes.push_back(hash);
    if (previousHash) {
        Shard &shard = shardFor(*previousHash);
        std::unique_lock lock(shard.mutex);
        shard.entries[*previousHash] = KeyEntry{record, previousValidUntilMs};
        hashes.push_back(*previousHash);
    }
}

bool KeyCache::update(std::shared_ptr<const KeyRecord> record)
{
    std::lock_guard index(m_indexMutex);
    const auto it = m_hashesByKeyId.constFind(record->keyId);
    if (it == m_hashesByKeyId.cend())
        return false;
    for (const KeyHash &hash : *it) {
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
    const auto it = m_hashesByKeyId.find(keyId);
    if (it == m_hashesByKeyId.end())
        return;
    for (const KeyHash &hash : *it)
        eraseHash(hash);
    m_hashesByKeyId.erase(it);
}

void KeyCache::clear()
{
    std::lock_guard index(m_indexMutex);
    for (size_t i = 0; i < ShardCount; ++i) {
        std::unique_lock lock(m_shards[i].mutex);
        m_shards[i].entries.clear();
    }
    m_hashesByKeyId.clear();
}

size_t KeyCache::size() const
{
    std::lock_guard index(m_indexMutex);
    return m_hashesByKeyId.size();
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
