## /keys：存储数据加密与记录（src/ui/records_text.ts）

records-encryption-off = 存储数据加密：关闭。提示词和回答以明文存储；设置 ENCRYPTION_KEYS 即可加密。
records-encryption-on = 存储数据加密：开启，密钥 { $key }。
records-left-on-key = { $count ->
   *[other] 加密：密钥 { $key }，{ $old } 上还剩 { $count } 个值。
  }
records-left-plain = { $count ->
   *[other] 加密：密钥 { $key }，还有 { $count } 个值是明文。
  }
records-left-old = { $count ->
   *[other] 记录：还有 { $count } 个值待升级到此版本。
  }
records-counting = 记录：正在统计需要重新加密或升级的值…
records-waiting = { $count ->
   *[other] 记录：还有 { $count } 个实例在用其他密钥或版本运行。重启它们即可完成。
  }
records-unreadable = { $count ->
   *[other] 记录：有 { $count } 个值无法用已配置的密钥打开。
  }
