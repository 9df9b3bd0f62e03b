"""WorkTime One's webhooks below the window: how healthy the deliveries are, and applying
what the receiver kept to the cache."""
